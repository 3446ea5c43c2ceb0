//! PDF documents generated from a letter's content, with `pdf-writer` (the PDF writer of
//! the Typst project): A4 pages, the PDF standard fonts Helvetica and Helvetica-Bold in
//! WinAnsiEncoding (which holds æ, ø and å), text wrapped to the page and paginated.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// What goes into a document.
pub struct LetterPdf<'a> {
    /// Title at the top of the first page, and the document's title.
    pub title: &'a str,
    /// Sender, shown as the letterhead.
    pub sender: &'a str,
    /// Lines under the title: recipient, date, case number, and so on.
    pub facts: Vec<(&'a str, String)>,
    /// A line in bold above the text (an attachment says which letter it belongs to).
    pub lead: Option<String>,
    /// The text, paragraphs separated by blank lines.
    pub body: &'a str,
}

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 64.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
const BODY_SIZE: f32 = 11.0;
const LEADING: f32 = 15.5;
const BOTTOM: f32 = 72.0;

/// One line placed on a page.
struct Line {
    bold: bool,
    size: f32,
    text: Vec<u8>,
    /// Space before the line, in points.
    gap: f32,
}

/// Renders the document. Never fails: characters outside WinAnsi become "?".
pub fn render(doc: &LetterPdf<'_>) -> Vec<u8> {
    let mut lines = Vec::new();
    let push_wrapped = |lines: &mut Vec<Line>, text: &str, bold: bool, size: f32, gap: f32| {
        for (i, l) in wrap(text, bold, size, TEXT_W).into_iter().enumerate() {
            lines.push(Line {
                bold,
                size,
                text: l,
                gap: if i == 0 { gap } else { 0.0 },
            });
        }
    };
    push_wrapped(&mut lines, doc.sender, true, 13.0, 0.0);
    push_wrapped(&mut lines, doc.title, true, 16.0, 22.0);
    for (i, (label, value)) in doc.facts.iter().enumerate() {
        let gap = if i == 0 { 10.0 } else { 0.0 };
        push_wrapped(&mut lines, &format!("{label}: {value}"), false, 10.0, gap);
    }
    if let Some(lead) = &doc.lead {
        push_wrapped(&mut lines, lead, true, BODY_SIZE, 14.0);
    }
    let mut first = true;
    for paragraph in doc.body.split("\n\n") {
        let paragraph = paragraph.trim();
        if paragraph.is_empty() {
            continue;
        }
        let gap = if first { 18.0 } else { 8.0 };
        first = false;
        // Lines inside a paragraph (lists, addresses) stay lines.
        for (i, line) in paragraph.lines().enumerate() {
            push_wrapped(
                &mut lines,
                line.trim(),
                false,
                BODY_SIZE,
                if i == 0 { gap } else { 0.0 },
            );
        }
    }

    // Split into pages.
    let mut pages: Vec<Vec<(f32, &Line)>> = vec![Vec::new()];
    let mut y = PAGE_H - MARGIN;
    for line in &lines {
        let height = line.gap + line.size.max(BODY_SIZE) * (LEADING / BODY_SIZE);
        if y - height < BOTTOM && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            y = PAGE_H - MARGIN;
        }
        y -= height;
        if let Some(page) = pages.last_mut() {
            page.push((y, line));
        }
    }

    let count = pages.len() as i32;
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let page_ref = |i: i32| Ref::new(10 + 2 * i);
    let content_ref = |i: i32| Ref::new(11 + 2 * i);

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids((0..count).map(page_ref)).count(count);
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(TextStr(doc.title))
        .author(TextStr(doc.sender))
        .producer(TextStr("Demoborger (øvemiljø – alt er opdigtet)"));

    for (i, page) in pages.iter().enumerate() {
        let i = i as i32;
        let mut content = Content::new();
        for (y, line) in page {
            let font = if line.bold { b"F2" } else { b"F1" };
            content
                .begin_text()
                .set_font(Name(font), line.size)
                .next_line(MARGIN, *y)
                .show(Str(&line.text))
                .end_text();
        }
        // Footer: the practice notice and the page number.
        let footer = format!(
            "Demoborger – øvemiljø. Brevet er opdigtet.    Side {} af {count}",
            i + 1
        );
        content
            .set_fill_gray(0.35)
            .begin_text()
            .set_font(Name(b"F1"), 8.5)
            .next_line(MARGIN, 40.0)
            .show(Str(&win_ansi(&footer)))
            .end_text();
        let data = content.finish();
        let mut p = pdf.page(page_ref(i));
        p.parent(tree)
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .contents(content_ref(i));
        p.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        p.finish();
        pdf.stream(content_ref(i), &data);
    }
    pdf.finish()
}

/// `text` in WinAnsiEncoding; anything it cannot hold becomes "?".
pub fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{A0}'..='\u{FF}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '\t' => b' ',
            _ => b'?',
        })
        .collect()
}

/// Helvetica's advance widths (1/1000 em) for the printable ASCII characters 32–126.
const HELVETICA_ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
    278, 278, 584, 584, 584, 556, 1015, // :;<=>?@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A-M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N-Z
    278, 278, 278, 469, 556, 333, // [\]^_`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a-m
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n-z
    334, 260, 334, 584, // {|}~
];

/// Width of one WinAnsi byte in Helvetica (bold is a little wider).
fn width(byte: u8, bold: bool) -> f32 {
    let w = match byte {
        32..=126 => f32::from(HELVETICA_ASCII[usize::from(byte - 32)]),
        0xE6 => 889.0,               // æ
        0xC6 => 1000.0,              // Æ
        0xF8 => 611.0,               // ø
        0xD8 | 0xD6 | 0xD3 => 778.0, // Ø Ö Ó
        0xC5 | 0xC4 | 0xC9 => 667.0, // Å Ä É
        0x96 => 556.0,               // –
        0x97 => 1000.0,              // —
        0x91..=0x94 => 333.0,        // quotes
        0xB0 => 400.0,               // °
        _ => 556.0,
    };
    if bold { w * 1.08 } else { w }
}

/// Breaks `text` into lines of at most `max` points at `size`, at spaces (a word longer
/// than a line is broken where it must).
fn wrap(text: &str, bold: bool, size: f32, max: f32) -> Vec<Vec<u8>> {
    let scale = size / 1000.0;
    let space = width(b' ', bold) * scale;
    let mut lines = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    let mut line_w = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let bytes = win_ansi(word);
        let word_w: f32 = bytes.iter().map(|b| width(*b, bold) * scale).sum();
        if !line.is_empty() && line_w + space + word_w > max {
            lines.push(std::mem::take(&mut line));
            line_w = 0.0;
        }
        if word_w > max {
            for b in bytes {
                let w = width(b, bold) * scale;
                if line_w + w > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(b);
                line_w += w;
            }
            continue;
        }
        if !line.is_empty() {
            line.push(b' ');
            line_w += space;
        }
        line.extend_from_slice(&bytes);
        line_w += word_w;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_width(line: &[u8], size: f32) -> f32 {
        line.iter().map(|b| width(*b, false) * size / 1000.0).sum()
    }

    #[test]
    fn danish_letters_are_encoded_and_others_replaced() {
        assert_eq!(
            win_ansi("Rødgrød – på"),
            b"R\xf8dgr\xf8d \x96 p\xe5".to_vec()
        );
        assert_eq!(win_ansi("日"), b"?".to_vec());
    }

    #[test]
    fn lines_fit_the_page_and_keep_every_word() {
        let text = "Kære Karen Jensen. ".repeat(40) + &"x".repeat(200);
        let lines = wrap(&text, false, BODY_SIZE, TEXT_W);
        assert!(lines.len() > 5);
        for l in &lines {
            assert!(text_width(l, BODY_SIZE) <= TEXT_W + 0.01);
        }
        let joined: usize = lines
            .iter()
            .map(|l| l.iter().filter(|b| **b != b' ').count())
            .sum();
        assert_eq!(joined, text.chars().filter(|c| *c != ' ').count());
    }

    #[test]
    fn a_long_letter_becomes_a_valid_pdf_of_several_pages() {
        let body = "Dette er en lang sætning i et brev fra kommunen om boligstøtte. ".repeat(200);
        let pdf = render(&LetterPdf {
            title: "Afgørelse om boligstøtte",
            sender: "Odense Kommune",
            facts: vec![("Sagsnummer", "B-1".into())],
            lead: None,
            body: &body,
        });
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(
            text.contains("/Count 3") || text.contains("/Count 4"),
            "paginated"
        );
        assert!(text.contains("/BaseFont /Helvetica"));
        // The text is in the (unfiltered) content stream: WinAnsi bytes as a hex string.
        let hex: String = win_ansi("Afgørelse om boligstøtte")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(text.to_lowercase().contains(&format!("<{hex}>")));
    }
}

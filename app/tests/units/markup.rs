//! `Markup` (written HTML, issue 20) escapes what a learner typed.

use app::markup::Markup;

#[test]
fn nothing_typed_can_close_a_tag_or_an_attribute() {
    let mut m = Markup::with_capacity(0);
    m.raw("<p title=\"")
        .attr("\"><script>x</script>")
        .raw("\">");
    m.text("</p><script>alert(1)</script>").raw("</p>");
    assert_eq!(
        m.as_str(),
        "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
         &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    );
}

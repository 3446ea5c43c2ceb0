//! `app::request_url` gives the pages the same address as `leptos_router`'s own parse.

use leptos_router::location::RequestUrl;

#[test]
fn the_address_is_the_one_the_router_would_parse() {
    let addresses = [
        ("/post", None),
        ("/post", Some("")),
        ("/post", Some("mappe=indbakke")),
        (
            "/post",
            Some("mappe=papirkurv&sorter=afsender&brev=karen-1&notits=flyttet"),
        ),
        ("/post", Some("soeg=fradrag+og+skat")),
        ("/post", Some("soeg=%C3%A6bler%20%26%20p%C3%A6rer&soeg=to")),
        ("/post", Some("soeg=%zz%&=&&x")),
        ("/post", Some("soeg=<b>\"x\"</b>#y")),
        ("/post", Some("soeg='a'|b^c{d}")),
        ("/", Some("tilbage=%2Fpost%3Fmappe%3Darkiv")),
        ("/post/brev/karen-boligydelse", Some("visning=fuldskaerm")),
        ("/findes/ikke/..", Some("a=b")),
        ("/ovelser", None),
    ];
    for (path, query) in addresses {
        let full = match query {
            Some(q) => format!("http://leptos.dev{path}?{q}"),
            None => format!("http://leptos.dev{path}"),
        };
        let parsed = RequestUrl::new(&full).parse().unwrap();
        let url = app::request_url(path, query);
        assert_eq!(url, parsed, "{full}");
        assert_eq!(url.search(), parsed.search(), "{full}");
        assert_eq!(url.path(), parsed.path(), "{full}");
    }
}

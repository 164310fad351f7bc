//! Real-shaped news pages (written for these tests): the story is found among navigation,
//! sidebars, promotions and comments, with its title, date and byline; malformed markup loses
//! no words.

use comity_ingest::html::extract;

fn fixture(name: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn a_news_article_among_navigation_sidebars_and_comments() {
    let p = extract(&fixture("news-article.html"));
    assert_eq!(p.title.as_deref(), Some("Ministers agree on river treaty | The Daily Ledger"));
    assert_eq!(p.byline.as_deref(), Some("Marta Okonkwo"));
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2025-09-18"));
    let paragraphs: Vec<&str> = p.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 4, "{}", p.text);
    assert!(paragraphs[0].starts_with("The foreign ministers of Kenya and Uganda signed"));
    assert!(paragraphs[2].starts_with("\u{201c}This is a good day for both our peoples,\u{201d}"));
    assert!(paragraphs[3].ends_with("saying they favour Kenya."));
    for boilerplate in
        ["cookies", "Business", "Related", "Subscribe", "Most read", "Great news", "rights"]
    {
        assert!(!p.text.contains(boilerplate), "{boilerplate} in {}", p.text);
    }
}

#[test]
fn a_page_of_divs_without_article_markup() {
    let p = extract(&fixture("div-soup.html"));
    assert_eq!(p.title.as_deref(), Some("Border talks resume"));
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2025-03-02"));
    let paragraphs: Vec<&str> = p.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3, "{}", p.text);
    assert!(paragraphs[0].starts_with("Negotiators from Armenia and Azerbaijan met in Geneva"));
    for boilerplate in ["Home", "Horoscopes", "Advertisement", "Cheap flights", "Copyright"] {
        assert!(!p.text.contains(boilerplate), "{boilerplate} in {}", p.text);
    }
}

#[test]
fn malformed_markup_loses_no_words() {
    let p = extract(&fixture("malformed.html"));
    assert_eq!(p.title.as_deref(), Some("Ceasefire holds in the north"));
    assert_eq!(
        p.text,
        "Fighting stopped on Tuesday after the two sides agreed a truce brokered by Qatar, witnesses said.\n\n\
         Turnout rose as 40<50 polls had predicted, and the army withdrew its tanks from the town by noon.\n\n\
         Aid groups said a convoy of twelve trucks reached the city & began handing out food & water.\n\n\
         The United Nations welcomed the truce and called for talks.\n\n\
         Officials said the truce would be reviewed in a week"
    );
}

//! The query languages of `find` and `ask`.
//!
//! memvid-core parses every query in its operator syntax (`AND`, `OR`, `NOT`, parentheses,
//! `"phrases"`, `field:value`, `*` wildcards), so a user's sentence such as "salt and" or
//! "not by the sea" is an error or a different question there. Plain text, the binding's
//! default, means "documents with all these words": this module rewrites it into the operator
//! syntax so that it can never fail to parse and never means anything else.

use crate::options::ffi::MemvidQuerySyntax;

/// The query memvid-core should parse for `text` written in `syntax`; `None` when plain text
/// holds no word at all (only punctuation), which matches nothing.
pub(crate) fn to_memvid_syntax(text: &str, syntax: MemvidQuerySyntax) -> Option<String> {
    match syntax {
        MemvidQuerySyntax::Operators => Some(text.to_owned()),
        MemvidQuerySyntax::Plain => {
            let query = plain(text);
            (!query.is_empty()).then_some(query)
        }
    }
}

/// Plain text in the operator syntax: every run of letters and digits is a word, everything
/// else separates words; a span between two double quotes is a phrase, kept as written. The
/// words that the operator syntax reads as operators are quoted, which it reads as the word
/// itself.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while !rest.is_empty() {
        let (before, phrase, after) = match rest.split_once('"') {
            Some((before, tail)) => match tail.split_once('"') {
                Some((phrase, after)) => (before, Some(phrase), after),
                // An unmatched quote is punctuation.
                None => (rest, None, ""),
            },
            None => (rest, None, ""),
        };
        for word in words(before) {
            push_separated(&mut out, &quote_operator(word));
        }
        // A phrase is kept as written: memvid-core checks it as a substring of the text, so
        // "MemvidStore.hpp" must keep its dot to match.
        if let Some(phrase) = phrase.map(str::trim).filter(|p| p.chars().any(char::is_alphanumeric)) {
            push_separated(&mut out, &format!("\"{phrase}\""));
        }
        rest = after;
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn quote_operator(word: &str) -> String {
    match word {
        "and" | "AND" | "or" | "OR" | "not" | "NOT" => format!("\"{word}\""),
        _ => word.to_owned(),
    }
}

fn push_separated(out: &mut String, piece: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(piece);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> String {
        to_memvid_syntax(text, MemvidQuerySyntax::Plain).unwrap_or_default()
    }

    #[test]
    fn operator_words_are_words() {
        assert_eq!(p("costkall or"), r#"costkall "or""#);
        assert_eq!(p("and from a"), r#""and" from a"#);
        assert_eq!(p("NOT by"), r#""NOT" by"#);
        assert_eq!(p("Not And"), "Not And");
    }

    #[test]
    fn punctuation_separates_and_fields_wildcards_parentheses_are_text() {
        assert_eq!(p("tag:rust (wasm)* what?"), "tag rust wasm what");
        assert_eq!(p("e-mail, don't"), "e mail don t");
        assert_eq!(p("?!"), "");
        assert_eq!(to_memvid_syntax("?! ...", MemvidQuerySyntax::Plain), None);
    }

    #[test]
    fn quoted_phrases_are_kept_and_a_lone_quote_is_punctuation() {
        assert_eq!(p(r#"say "salt and pepper" now"#), r#"say "salt and pepper" now"#);
        assert_eq!(p(r#"say "salt, and (pepper)" "#), r#"say "salt, and (pepper)""#);
        assert_eq!(p(r#"say " -- " "#), "say");
        assert_eq!(p(r#"half "open"#), "half open");
        assert_eq!(p(r#""" empty"#), "empty");
    }

    #[test]
    fn operators_pass_through() {
        let q = r#"rust AND (wasm OR "web assembly") NOT tag:old"#;
        assert_eq!(to_memvid_syntax(q, MemvidQuerySyntax::Operators).as_deref(), Some(q));
    }

    #[test]
    fn non_ascii_words_are_words() {
        assert_eq!(p("Étude — café, 日本語"), "Étude café 日本語");
    }
}

//! Ask without a language model: memvid-core's retrieval for a question, with an extractive
//! answer (the best snippets, cited) or, with `context_only`, just the context and its sources.
//! Nothing is downloaded and no network is used.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::handle::guard;
    use crate::json;
    use crate::options::ffi::MemvidQuerySyntax;
    use crate::results::ffi::MemvidSearchResults;
    use diplomat_runtime::{DiplomatStr, DiplomatWrite};
    use std::fmt::Write;

    /// Options of `MemvidStore::ask`. Defaults: 8 sources, 240-character snippets, an
    /// extractive answer (not context-only), every frame.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidAskOptions_destroy`.
    #[diplomat::opaque_mut]
    pub struct MemvidAskOptions(pub(crate) crate::ask::AskOptions);

    impl MemvidAskOptions {
        /// Options with the defaults.
        #[diplomat::attr(auto, constructor)]
        pub fn new() -> Box<MemvidAskOptions> {
            Box::new(MemvidAskOptions(crate::ask::AskOptions::default()))
        }

        /// How many sources to retrieve (1 to 10,000).
        pub fn set_k(&mut self, k: u32) -> Result<(), Box<MemvidError>> {
            self.0.k = crate::options::check_k(k)? as usize;
            Ok(())
        }

        /// Sets the language of the question (default `Plain`; `Operators` for memvid's
        /// syntax).
        pub fn set_syntax(&mut self, syntax: MemvidQuerySyntax) {
            self.0.syntax = syntax;
        }

        /// Maximum length of each snippet, in characters.
        pub fn set_snippet_chars(&mut self, chars: u32) {
            self.0.snippet_chars = chars as usize;
        }

        /// Retrieval only: no answer is composed; `context` and `sources` are the result.
        pub fn set_context_only(&mut self, on: bool) {
            self.0.context_only = on;
        }

        /// Only frames whose uri starts with `scope`.
        pub fn set_scope(&mut self, scope: &DiplomatStr) -> Result<(), Box<MemvidError>> {
            self.0.scope = Some(crate::options::utf8(scope)?);
            Ok(())
        }

        /// Time travel: answer as of this frame id (frames after it are ignored).
        pub fn set_as_of_frame(&mut self, frame_id: u64) {
            self.0.as_of_frame = Some(frame_id);
        }

        /// Time travel: answer as of this Unix time in seconds.
        pub fn set_as_of_ts(&mut self, ts: i64) {
            self.0.as_of_ts = Some(ts);
        }
    }

    /// The result of `MemvidStore::ask`.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidAnswer_destroy`.
    #[diplomat::opaque]
    pub struct MemvidAnswer(pub(crate) memvid_core::AskResponse);

    impl MemvidAnswer {
        /// Whether an answer was composed (false for context-only asks and when nothing
        /// matched).
        #[diplomat::attr(auto, getter)]
        pub fn has_answer(&self) -> bool {
            self.0.answer.is_some()
        }

        /// The extractive answer: the best snippets, each followed by its source number `[n]`;
        /// empty when there is none.
        #[diplomat::attr(auto, getter)]
        pub fn answer(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(self.0.answer.as_deref().unwrap_or(""));
        }

        /// The retrieved context: the sources' snippets joined, for a prompt of your own.
        #[diplomat::attr(auto, getter)]
        pub fn context(&self, out: &mut DiplomatWrite) {
            let _ = out.write_str(&self.0.retrieval.context);
        }

        /// The sources, best first, as search hits (frame id, uri, title, snippet, score).
        pub fn sources(&self) -> Box<MemvidSearchResults> {
            Box::new(MemvidSearchResults(self.0.retrieval.clone()))
        }

        /// The response as memvid-core `AskResponse` JSON (answer, citations, retrieval,
        /// context fragments, timings).
        pub fn to_json(&self, out: &mut DiplomatWrite) -> Result<(), Box<MemvidError>> {
            guard(|| json::write(&self.0, out))
        }
    }
}

use memvid_core::{AskMode, AskRequest, AskResponse, AskRetriever, Memvid};

use crate::errors::ffi::MemvidError;
use crate::errors::FfiResult;
use crate::options::ffi::MemvidQuerySyntax;

#[derive(Clone)]
pub(crate) struct AskOptions {
    pub(crate) k: usize,
    pub(crate) snippet_chars: usize,
    pub(crate) context_only: bool,
    pub(crate) scope: Option<String>,
    pub(crate) as_of_frame: Option<u64>,
    pub(crate) as_of_ts: Option<i64>,
    pub(crate) syntax: MemvidQuerySyntax,
}

impl Default for AskOptions {
    fn default() -> Self {
        Self {
            k: 8,
            snippet_chars: 240,
            context_only: false,
            scope: None,
            as_of_frame: None,
            as_of_ts: None,
            syntax: MemvidQuerySyntax::Plain,
        }
    }
}

/// `MemvidStore::ask`: the question in the options' syntax. memvid-core retrieves with the
/// question rewritten into its operator syntax (see `query`); the response names the
/// question as asked.
pub(crate) fn ask_with(mem: &mut Memvid, question: &str, o: &AskOptions) -> FfiResult<AskResponse> {
    if question.trim().is_empty() {
        return Err(MemvidError::invalid_argument("question is empty"));
    }
    let rewritten = crate::query::to_memvid_syntax(question, o.syntax)
        .ok_or_else(|| MemvidError::invalid_argument("question has no words (only punctuation)"))?;
    let mut response = ask(mem, request(&rewritten, o))?;
    response.question = question.to_owned();
    Ok(response)
}

fn request(question: &str, o: &AskOptions) -> AskRequest {
    AskRequest {
        question: question.to_owned(),
        top_k: o.k,
        snippet_chars: o.snippet_chars,
        uri: None,
        scope: o.scope.clone(),
        cursor: None,
        start: None,
        end: None,
        context_only: o.context_only,
        // No embedder is ever passed, so retrieval is lexical whatever the mode.
        mode: AskMode::Lex,
        as_of_frame: o.as_of_frame,
        as_of_ts: o.as_of_ts,
        adaptive: None,
        acl_context: None,
        acl_enforcement_mode: Default::default(),
    }
}

/// Runs an ask. When nothing matches, memvid-core falls back to sampling the timeline, which
/// returns unrelated frames (and ignores the time-travel filters): such a response is emptied,
/// so "no sources" means no match.
pub(crate) fn ask(mem: &mut Memvid, request: AskRequest) -> FfiResult<AskResponse> {
    if request.question.trim().is_empty() {
        return Err(MemvidError::invalid_argument("question is empty"));
    }
    let mut response = mem.ask(request, None::<&dyn memvid_core::VecEmbedder>)?;
    if response.retriever == AskRetriever::TimelineFallback {
        response.retrieval.hits.clear();
        response.retrieval.total_hits = 0;
        response.retrieval.context.clear();
        response.answer = None;
        response.citations.clear();
        response.context_fragments.clear();
    }
    Ok(response)
}

//! A batch of documents for `put_many`.

#[diplomat::bridge]
#[diplomat::abi_rename = "memvid_{0}"]
pub mod ffi {
    use crate::errors::ffi::MemvidError;
    use crate::options::ffi::MemvidPutOptions;
    use diplomat_runtime::DiplomatStr;

    /// Documents collected for one `put_many`: each with its payload, options and optional
    /// embedding. Adding copies the arguments, so they can be freed right after.
    ///
    /// Ownership: owned by the caller; free with `memvid_MemvidPutBatch_destroy`.
    #[diplomat::opaque_mut]
    pub struct MemvidPutBatch(pub(crate) Vec<crate::batch::BatchDoc>);

    impl MemvidPutBatch {
        /// An empty batch.
        #[diplomat::attr(auto, constructor)]
        pub fn new() -> Box<MemvidPutBatch> {
            Box::new(MemvidPutBatch(Vec::new()))
        }

        /// Adds a text document (must be UTF-8). `options` may be null for the binding defaults.
        pub fn add_text(
            &mut self,
            text: &DiplomatStr,
            options: Option<&MemvidPutOptions>,
        ) -> Result<(), Box<MemvidError>> {
            std::str::from_utf8(text)?;
            self.0.push(crate::batch::BatchDoc::new(text, options, None));
            Ok(())
        }

        /// Adds a text document with its embedding (every embedding in a memory has one
        /// dimension; values must be finite).
        pub fn add_text_with_embedding(
            &mut self,
            text: &DiplomatStr,
            embedding: &[f32],
            options: Option<&MemvidPutOptions>,
        ) -> Result<(), Box<MemvidError>> {
            std::str::from_utf8(text)?;
            let embedding = crate::options::check_vector(embedding)?;
            self.0.push(crate::batch::BatchDoc::new(text, options, Some(embedding)));
            Ok(())
        }

        /// Adds a document of raw bytes (text is extracted where memvid-core can, e.g. PDF).
        pub fn add_bytes(&mut self, bytes: &[u8], options: Option<&MemvidPutOptions>) {
            self.0.push(crate::batch::BatchDoc::new(bytes, options, None));
        }

        /// Number of documents added.
        #[diplomat::attr(auto, getter)]
        pub fn len(&self) -> usize {
            self.0.len()
        }
    }
}

use crate::options::ffi::MemvidPutOptions;

/// One document waiting in a batch.
pub(crate) struct BatchDoc {
    pub(crate) payload: Vec<u8>,
    pub(crate) options: memvid_core::PutOptions,
    pub(crate) embedding: Option<Vec<f32>>,
}

impl BatchDoc {
    fn new(payload: &[u8], options: Option<&MemvidPutOptions>, embedding: Option<Vec<f32>>) -> Self {
        Self {
            payload: payload.to_vec(),
            options: crate::options::resolve(options),
            embedding,
        }
    }
}

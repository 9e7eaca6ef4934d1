use crate::Failure;
pub fn run_all() -> Result<(), Failure> { Ok(()) }
pub fn demo() -> Result<(), Failure> { Ok(()) }

//! stub
pub(crate) struct TokError {
    pub(crate) fatal_before_parse: bool,
}
pub(crate) struct Scan {
    pub(crate) error: Option<TokError>,
}
pub(crate) fn scan(_src: &str, _eval: bool) -> Scan {
    Scan { error: None }
}

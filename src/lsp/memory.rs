//! Giving freed memory back to the system after work on a large document.
//!
//! Analysing a document allocates several times its size for a moment, on
//! whichever threads ran it (a blocking thread, rayon's workers for chunks), and
//! receiving it does too (the JSON of a `didOpen`). glibc keeps what is freed in
//! each thread's arena, so without this the resident size of the server grew by
//! the sum of those peaks and stayed there (≈ 19x the size of a 1 MB document),
//! although what it holds for the document is about 5x: the rope, the analysed
//! text, its line index, the analysis and the chunk cache. `malloc_trim` hands the
//! free pages of every arena back.

/// Work on this many bytes or more is followed by [`release_free_memory`].
pub const RELEASE_FROM: usize = 256 * 1024;

/// Return the allocator's free pages to the system (glibc only; elsewhere a
/// no-op). Takes a few milliseconds on a large heap: call it off the request path.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::os::raw::c_int;
        }
        // SAFETY: `malloc_trim` takes no pointer and may be called from any thread
        // at any time: it only walks glibc's own free lists, under the arena locks.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// Release free memory on a blocking thread, without waiting for it.
pub fn release_in_background() {
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn_blocking(release_free_memory);
    }
}

//! What the memory benchmarks measure: the process's resident memory, and the bytes its
//! heap holds, counted by the server's allocator wrapped in `cap`.

/// Resident memory of this process, in bytes (Linux `/proc/self/statm`; 0 elsewhere).
pub fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

// The server's allocator, so the figures are the server's, counting what it holds.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: cap::Cap<mimalloc::MiMalloc> = cap::Cap::new(mimalloc::MiMalloc, usize::MAX);
#[cfg(not(feature = "mimalloc"))]
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// Bytes the heap holds, as asked for (exact: without the allocator's pages and slack).
pub fn heap_bytes() -> u64 {
    ALLOCATOR.allocated() as u64
}

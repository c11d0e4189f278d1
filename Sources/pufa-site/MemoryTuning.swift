import CMalloc

/// Allocator settings for the commands that build a site.
enum MemoryTuning {
    /// Keeps every block of 1 MiB or more in a mapping of its own, given back
    /// to the system when freed.
    ///
    /// glibc starts with that threshold at 128 KiB but raises it, up to 32 MiB,
    /// each time such a block is freed. A build frees many large page texts,
    /// so later ones (the home page of 10,000 regions is 40 MB, and Mustache
    /// makes it in doubling buffers) were carved from the heap, whose freed
    /// space stays with the process: 389 MB peak at 10,000 reports, 339 MB
    /// with the threshold fixed, for the same time.
    static func returnLargeBlocksToSystem() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
        #endif
    }
}

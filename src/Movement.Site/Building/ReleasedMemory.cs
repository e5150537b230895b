namespace Movement.Site.Building;

/// <summary>
/// Gives back the memory of a large phase's documents as soon as the build lets them go, rather than when the
/// collector next looks at its oldest generation.
/// </summary>
/// <remarks>
/// A phase's documents live for seconds, long enough to reach the collector's oldest generation, which it collects
/// seldom: they then stayed in memory as garbage while the next phases allocated beside them, and the process only
/// grew (4,000 pages: 380 MB at the peak for about 90 MB alive). Collecting there, a few times a build (after
/// Parse, after Render, after PostProcess), costs 20 to 40 ms each at 4,000 pages and lowered the peak by 35 to
/// 40 MB (JIT program, alternating runs). Small sites are not worth the pause.
/// </remarks>
internal static class ReleasedMemory
{
    /// <summary>Fewer documents than this are left to the collector's own rhythm.</summary>
    private const int LargeRelease = 1000;

    /// <summary>
    /// Render phases reading this many documents or more take turns (<see cref="Movement.Core.Pipelines.Engine.LargeRender"/>).
    /// Below it, as on every site up to a few thousand pages, rendering side by side is quicker and its memory small.
    /// </summary>
    public const int LargeRender = 20_000;

    /// <summary>How far the collector's memory may grow past what it held after the last full collection (<see cref="HeapCeiling"/>).</summary>
    public const long Headroom = 192L << 20;

    /// <summary>The ceiling is never lower than this: a site of a few thousand pages peaks under it and never pays for a look that collects.</summary>
    public const long LeastCeiling = 512L << 20;

    public static void Collect(int documents)
    {
        if (documents >= LargeRelease)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// Collects and compacts everything and hands the freed memory back to the system at once: the collector otherwise
    /// keeps its free regions, and gives them back slowly, for the allocations it expects next.
    /// </summary>
    public static void CollectAll() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

namespace Movement.Benchmarks;

/// <summary>One cold run: wall milliseconds, peak resident memory in MB, and standard output.</summary>
public sealed record ColdRunResult(double WallMilliseconds, double PeakMegabytes, string Output);

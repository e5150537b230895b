using System.Net;

namespace Movement.Cli.Preview;

/// <summary>What the preview command was asked for.</summary>
/// <param name="Input">The input folder, as the user typed it (diagnostics show paths under it).</param>
/// <param name="BaseUrl">The site's address; null for the preview's own.</param>
/// <param name="Address">The interface to listen on: loopback unless the user asked otherwise.</param>
/// <param name="Port">0 picks a free port.</param>
/// <param name="ThemeAssets">The source checkout's theme/wwwroot to read and watch, or null for the built-in copy.</param>
public sealed record PreviewSettings(string Input, string? BaseUrl, bool Drafts, IPAddress Address, int Port, string? ThemeAssets)
{
    /// <summary>
    /// How long the input must stay unchanged once a rebuild has started for its result to be used: an editor saves in
    /// several steps (a scratch file, a rename, the write), all within a millisecond or two, and a rebuild that one of
    /// them interrupts starts again; a change that comes later only starts one more rebuild.
    /// </summary>
    public TimeSpan Quiet { get; init; } = DefaultQuiet;

    /// <summary>The quiet period a preview uses unless its settings say otherwise.</summary>
    public static TimeSpan DefaultQuiet { get; } = TimeSpan.FromMilliseconds(10);
}

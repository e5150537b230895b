using Movement.Core.IO;
using Movement.Site.Netlify;

namespace Movement.Cli.Preview;

/// <summary>
/// One good build as the preview serves it: the files by output path, never changed after creation (a
/// rebuild makes a new snapshot and swaps it in whole), and the host headers the build asks for.
/// </summary>
public sealed class SiteSnapshot
{
    private const string NotFoundPage = "404.html";

    /// <summary>Files the host reads as instructions and never publishes.</summary>
    private static readonly string[] HostFiles = [RenderHeaders.FileName, "_redirects"];

    // A plain dictionary, not a frozen one: freezing 4,500 paths cost more than the requests between two edits save.
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _files;
    private readonly string[] _paths;
    private readonly IReadOnlyList<HeaderRule> _rules;

    /// <param name="previous">The snapshot served until now: its header rules are kept when the paths are the same (an edit changes content, rarely names).</param>
    public SiteSnapshot(IReadOnlyList<OutputFile> files, int build, SiteSnapshot? previous = null)
    {
        _files = new Dictionary<string, ReadOnlyMemory<byte>>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!HostFiles.Contains(file.Path))
            {
                _files[file.Path] = file.Bytes();
            }
        }

        _paths = [.. _files.Keys];
        _rules = previous is not null && previous._paths.AsSpan().SequenceEqual(_paths) ? previous._rules : BuildHeaderRules.From(_paths, [], []);
        Build = build;
    }

    /// <summary>Before the first good build: nothing to serve.</summary>
    public static SiteSnapshot None { get; } = new([], 0);

    /// <summary>The number of the good build these files came from (1 for the first); 0 for none.</summary>
    public int Build { get; }

    public ReadOnlyMemory<byte> this[string file] => _files[file];

    /// <summary>Looks up a safe decoded request path such as "/briefs/" or "/briefs"; null stands for a refused one.</summary>
    public SiteAnswer Answer(string? path)
    {
        if (path is not null)
        {
            var file = path.EndsWith('/') ? path[1..] + "index.html" : path[1..];
            if (_files.ContainsKey(file))
            {
                return new SiteAnswer(200, file);
            }

            if (!path.EndsWith('/') && _files.ContainsKey(file + "/index.html"))
            {
                return new SiteAnswer(301, null, path + "/");
            }
        }

        return new SiteAnswer(404, _files.ContainsKey(NotFoundPage) ? NotFoundPage : null);
    }

    /// <summary>The headers the build's _headers rules give a path, joined per name as the host joins them.</summary>
    public IEnumerable<KeyValuePair<string, string>> HeadersFor(string path) => _rules
        .Where(rule => rule.Path.EndsWith('*') ? path.StartsWith(rule.Path[..^1], StringComparison.Ordinal) : rule.Path == path)
        .SelectMany(rule => rule.Headers)
        .GroupBy(header => header.Key, StringComparer.OrdinalIgnoreCase)
        .Select(group => KeyValuePair.Create(group.Key, string.Join(", ", group.Select(header => header.Value))));
}

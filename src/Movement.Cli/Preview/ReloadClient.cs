using System.Text;

namespace Movement.Cli.Preview;

/// <summary>
/// The preview's own script and stylesheet (embedded in this tool, never part of a built site) and the one
/// tag that loads the script, added to HTML only as the preview serves it. The script is a same-origin file,
/// not inline, so the site's Content-Security-Policy ("script-src 'self'") allows it unchanged.
/// </summary>
public sealed class ReloadClient
{
    public const string Prefix = "/_movement/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";

    private readonly Dictionary<string, ReadOnlyMemory<byte>> _files = new(StringComparer.Ordinal)
    {
        [ScriptPath] = Read("reload.js"),
        [StylePath] = Read("overlay.css"),
    };

    /// <summary>The script or stylesheet at a path under <see cref="Prefix"/>, if there is one.</summary>
    public bool TryGet(string path, out ReadOnlyMemory<byte> content) => _files.TryGetValue(path, out content);

    /// <summary>The tag that loads the script; it tells the script which server and build the page came from.</summary>
    public static string Tag(string start, int build) =>
        $"<script src=\"{ScriptPath}\" data-start=\"{start}\" data-build=\"{build}\" defer></script>";

    /// <summary>The page with the tag just before its last &lt;/body&gt; (or at the end when it has none).</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, string tag)
    {
        var text = Encoding.UTF8.GetString(html);
        var body = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(body >= 0 ? text.Insert(body, tag) : text + tag);
    }

    private static ReadOnlyMemory<byte> Read(string name)
    {
        using var stream = typeof(ReloadClient).Assembly.GetManifestResourceStream("preview/" + name)
            ?? throw new InvalidOperationException($"The preview's {name} is not embedded in this build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

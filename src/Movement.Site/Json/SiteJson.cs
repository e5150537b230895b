using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Movement.Site.Json;

/// <summary>
/// How every JSON the site emits is written (API, feeds, oEmbed, search index, JSON-LD): letters of every
/// script kept readable, and &lt;, &gt;, &amp; and quotes escaped, so no content can end a script element
/// and a document is safe to paste inside HTML.
/// </summary>
public static class SiteJson
{
    /// <summary>JavaScriptEncoder.Create always escapes the HTML-sensitive characters, whatever ranges it allows.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions Indented = Options(indented: true);

    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    /// <summary>A JSON file: indented, ending in a new line.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Indented) + "\n";

    /// <summary>JSON on one line, for inside a page.</summary>
    public static string Inline(JsonNode node) => node.ToJsonString(Compact);

    private static JsonSerializerOptions Options(bool indented)
    {
        var options = new JsonSerializerOptions { WriteIndented = indented, Encoder = Encoder };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>How a node is written with <see cref="Indented"/>'s settings, from generated code rather than reflection.</summary>
    private static readonly JsonTypeInfo<JsonNode> IndentedNode = (JsonTypeInfo<JsonNode>)Indented.GetTypeInfo(typeof(JsonNode));

    /// <summary>A JSON file: indented, ending in a new line.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Indented) + "\n";

    /// <summary>The same file as <see cref="Write"/>, as the UTF-8 bytes it is published in, without a string between.</summary>
    public static byte[] WriteUtf8(JsonNode node)
    {
        // The serializer writes into a buffer it keeps per thread and returns the bytes at their size; a buffer
        // of our own grew to six times each long string (the room escaping might need) for every document.
        var json = JsonSerializer.SerializeToUtf8Bytes(node, IndentedNode);
        var file = new byte[json.Length + 1];
        json.CopyTo(file, 0);
        file[^1] = (byte)'\n';
        return file;
    }

    /// <summary>JSON on one line, for inside a page.</summary>
    public static string Inline(JsonNode node) => node.ToJsonString(Compact);

    private static JsonSerializerOptions Options(bool indented)
    {
        // The generated context, not reflection, so that a native (ahead-of-time) program can write JSON too.
        var options = new JsonSerializerOptions { WriteIndented = indented, Encoder = Encoder, TypeInfoResolver = SiteJsonContext.Default };
        options.MakeReadOnly();
        return options;
    }
}

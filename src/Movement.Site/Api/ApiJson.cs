using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Movement.Site.Api;

/// <summary>
/// How every JSON file of the site is written: indented, letters of every script kept readable, and
/// &lt;, &gt;, &amp; and quotes escaped so a document is also safe to paste inside HTML.
/// </summary>
public static class ApiJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    private static JsonSerializerOptions CreateOptions()
    {
        // JavaScriptEncoder.Create always escapes the HTML-sensitive characters, whatever ranges it allows.
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

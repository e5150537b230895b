using System.Text;
using System.Text.Json;
using Movement.Core.Diagnostics;

namespace Movement.Cli.Preview;

/// <summary>
/// The Server-Sent Events the preview sends to open pages, each one "event: NAME" and one line of JSON:
/// hello (on connect: which server and which good build), reload (a good rebuild), errors (a failed one).
/// </summary>
public static class EventMessages
{
    public const string Hello = "hello";
    public const string Reload = "reload";
    public const string Errors = "errors";

    public static string ForHello(string start, int build) => Event(Hello, json =>
    {
        json.WriteString("start", start);
        json.WriteNumber("build", build);
    });

    public static string ForReload(string start, int build, double milliseconds) => Event(Reload, json =>
    {
        json.WriteString("start", start);
        json.WriteNumber("build", build);
        json.WriteNumber("ms", Math.Round(milliseconds, 1));
    });

    /// <param name="diagnostics">With their paths as the user knows them (see BuildSummary.Locate).</param>
    /// <param name="build">The good build still served.</param>
    public static string ForErrors(IEnumerable<Diagnostic> diagnostics, int build, double milliseconds) => Event(Errors, json =>
    {
        json.WriteNumber("build", build);
        json.WriteNumber("ms", Math.Round(milliseconds, 1));
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1))
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", diagnostic.Code);
            json.WriteString("location", diagnostic.Location.ToString());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("hint", diagnostic.Hint);
            json.WriteString("text", diagnostic.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static string Event(string name, Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            writeFields(json);
            json.WriteEndObject();
        }

        // The writer escapes line breaks inside strings, so the JSON is one "data:" line.
        return $"event: {name}\ndata: {Encoding.UTF8.GetString(buffer.ToArray())}\n\n";
    }
}

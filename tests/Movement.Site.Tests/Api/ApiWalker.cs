using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Movement.Testing;

namespace Movement.Site.Tests.Api;

/// <summary>
/// A consumer of the API that knows one address, the index, and follows links alone: every string in a
/// document that is an address under the API is fetched in turn. Each document is checked against the schema
/// its <c>$schema</c> names, with JsonSchema.Net (an evaluator independent of the one the build's own tests use).
/// </summary>
public sealed class ApiWalker(BuiltSite site, string baseUrl)
{
    private readonly string _api = baseUrl + "/api/v1/";

    private readonly SchemaRegistry _registry = new();

    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    /// <summary>Every document reached, by its output path.</summary>
    public Dictionary<string, JsonNode> Reached { get; } = new(StringComparer.Ordinal);

    /// <summary>Every page address a document gave as html_url.</summary>
    public SortedSet<string> Pages { get; } = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public void Walk()
    {
        var queue = new Queue<string>([_api + "index.json"]);
        while (queue.TryDequeue(out var url))
        {
            var path = url[(baseUrl.Length + 1)..];
            if (Reached.ContainsKey(path))
            {
                continue;
            }

            if (!site.Has(path))
            {
                Problems.Add($"A link leads to {url}, which is not published.");
                continue;
            }

            var json = JsonNode.Parse(site.Text(path))!;
            Reached[path] = json;
            foreach (var (key, value) in Strings(json))
            {
                if (value.StartsWith(_api, StringComparison.Ordinal))
                {
                    queue.Enqueue(value);
                }
                else if (key == "html_url")
                {
                    Pages.Add(value);
                }
            }
        }
    }

    /// <summary>Checks each document reached against the schema it names; returns what does not match.</summary>
    public IEnumerable<string> Invalid()
    {
        foreach (var (path, json) in Reached.Where(d => d.Value is JsonObject o && o["$schema"] is { } s && s.GetValue<string>().StartsWith(_api, StringComparison.Ordinal)))
        {
            var schemaUrl = json["$schema"]!.GetValue<string>();
            var result = SchemaAt(schemaUrl).Evaluate(JsonSerializer.SerializeToElement(json),
                new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (!result.IsValid)
            {
                yield return $"{path} does not match {schemaUrl}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5));
            }
        }
    }

    private JsonSchema SchemaAt(string url)
    {
        if (!_schemas.TryGetValue(url, out var schema))
        {
            schema = JsonSchema.FromText(site.Text(url[(baseUrl.Length + 1)..]), new BuildOptions { SchemaRegistry = _registry });
            _schemas[url] = schema;
        }

        return schema;
    }

    private static IEnumerable<(string Key, string Value)> Strings(JsonNode? node, string key = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    foreach (var found in Strings(child, name))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                foreach (var found in a.SelectMany(child => Strings(child, key)))
                {
                    yield return found;
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return (key, text);
                break;
        }
    }
}

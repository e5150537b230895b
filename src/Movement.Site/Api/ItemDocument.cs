using System.Text.Json.Nodes;
using Movement.Core.Schema;
using Movement.Site.Content;

namespace Movement.Site.Api;

/// <summary>
/// One item's API document: its entry, its front matter as validated, its body as absolute HTML and as text, and
/// what its type adds (see ContentApi).
/// </summary>
public sealed class ItemDocument(ApiLinks links)
{
    /// <param name="related">The items the type says the document shows (<see cref="ContentApi.Related"/>).</param>
    public JsonObject Of(ContentItem item, ContentType type, FieldValues fields, IReadOnlyList<ContentItem> related)
    {
        var document = new JsonObject { ["$schema"] = links.Absolute(ApiUrls.SchemaOf(item.Kind)) };
        foreach (var (key, value) in ApiEntry.Summary(item, links).ToList())
        {
            document[key] = value?.DeepClone();
        }

        document["front_matter"] = FrontMatterJson.From(type.Schema, fields);
        document["html"] = AbsoluteHtml.Of(item.Body.Html, links.Absolute(item.Url));
        document["text"] = item.Body.PlainText;
        foreach (var (key, value) in type.Api.Fields(item, related, links))
        {
            document[key] = value;
        }

        return document;
    }
}

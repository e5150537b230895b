using System.Text;
using Movement.Core.Schema;
using Movement.Site.Urls;

namespace Movement.Site.Content;

/// <summary>
/// Writes the text of a new content file from its type's schema: the title, today's date and every other
/// required field with an example, so the file is valid from the start and shows the author the shape.
/// </summary>
public static class NewContent
{
    public static (string Path, string Text) Create(ContentType type, string title, DateOnly today)
    {
        var yaml = new StringBuilder();
        foreach (var field in type.Schema.Fields.Where(f => f.IsRequired))
        {
            AppendField(yaml, field, title, today, "");
        }

        var path = type.NewFilePath(Slugs.From(title), today);
        var isMarkdown = path.EndsWith(".md", StringComparison.Ordinal);
        var text = isMarkdown
            ? $"---\n{yaml}---\n\nWrite the text here, in Markdown. Use ## for section headings.\n"
            : yaml.ToString();
        return (path, text);
    }

    private static void AppendField(StringBuilder yaml, FieldDefinition field, string title, DateOnly today, string indent)
    {
        var value = field.Name is "title" or "name" ? Quote(title)
            : field.Kind == FieldKind.Date ? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : field.Kind == FieldKind.ChoiceList ? $"[{field.Choices.FirstOrDefault()}]"
            : field.Kind == FieldKind.TextList ? "[]"
            : Quote(field.Example.Trim('"'));
        if (field.Kind == FieldKind.ObjectList)
        {
            yaml.Append(indent).Append(field.Name).Append(":\n");
            var first = true;
            foreach (var part in field.Fields.Where(f => f.IsRequired))
            {
                yaml.Append(indent).Append(first ? "  - " : "    ");
                AppendField(yaml, part, part.Example, today, "");
                first = false;
            }

            return;
        }

        yaml.Append(indent).Append(field.Name).Append(": ").Append(value).Append('\n');
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

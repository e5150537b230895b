using System.Globalization;
using System.Text;
using Movement.Core.Schema;
using Movement.Core.Text;

namespace Movement.Site.Content;

/// <summary>
/// Writes the text of a new content file from its type's schema: the title, today's date, and every other
/// required field as an unmistakable placeholder ("TODO: ..."), marked as a draft. So the file passes
/// 'check' from the start, shows the author its shape, and cannot be published until the TODOs are gone.
/// </summary>
public static class NewContent
{
    /// <summary>Whether a title can name a file: it needs a letter or a digit ("???" cannot).</summary>
    public static bool CanName(string title) => Slugs.From(title).Length > 0 && title.Any(char.IsLetterOrDigit);

    public static (string Path, string Text) Create(ContentType type, string title, NewFilePlace place)
    {
        var yaml = new StringBuilder();
        // A required file may be an image, and its alt text is the field most often forgotten, so it is asked for too.
        var hasFile = type.Schema.Fields.Any(f => f.IsRequired && f.Kind == FieldKind.File);
        foreach (var field in type.Schema.Fields.Where(f => f.IsRequired || (hasFile && f.Name == "alt")))
        {
            AppendField(yaml, field, title, place.Today, "");
        }

        if (type.Schema.Find("status") is not null)
        {
            yaml.Append("status: draft  # remove this line to publish, once no TODO is left\n");
        }

        var path = type.NewFilePath(Slugs.From(title), place);
        var isMarkdown = path.EndsWith(".md", StringComparison.Ordinal);
        var text = isMarkdown
            ? $"---\n{yaml}---\n\n{Placeholders.Marker}: write the text here, in Markdown. Use ## for section headings.\n"
            : yaml.ToString();
        return (path, text);
    }

    private static void AppendField(StringBuilder yaml, FieldDefinition field, string title, DateOnly today, string indent)
    {
        if (field.Kind == FieldKind.ObjectList)
        {
            yaml.Append(indent).Append(field.Name).Append(":\n");
            var first = true;
            foreach (var part in field.Fields.Where(f => f.IsRequired))
            {
                yaml.Append(indent).Append(first ? "  - " : "    ");
                AppendField(yaml, part, "", today, "");
                first = false;
            }

            return;
        }

        var value = field.Name is "title" or "name" && title.Length > 0 ? Quote(title)
            : field.Kind == FieldKind.Date && field.Name == "date" ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Quote($"{Placeholders.Marker}: {Prompt(field)}");
        yaml.Append(indent).Append(field.Name).Append(": ").Append(value).Append('\n');
    }

    /// <summary>What to write, in the words of the field's label and example.</summary>
    private static string Prompt(FieldDefinition field) => field.Kind switch
    {
        FieldKind.Date => $"{field.Label.ToLowerInvariant()}, as YYYY-MM-DD",
        FieldKind.DateTime => $"{field.Label.ToLowerInvariant()}, as YYYY-MM-DD HH:MM (24-hour), or the date alone for all day",
        FieldKind.Choice => $"one of {string.Join(", ", field.Choices)}",
        FieldKind.ChoiceList => $"one or more of {string.Join(", ", field.Choices)}, as [{string.Join(", ", field.Choices.Take(2))}]",
        FieldKind.File => $"save the file next to this one and give its name, e.g. {field.Example}",
        _ => field.Example.Length > 0 ? $"{field.Label.ToLowerInvariant()}, e.g. {field.Example.Trim('"')}" : field.Label.ToLowerInvariant(),
    };

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

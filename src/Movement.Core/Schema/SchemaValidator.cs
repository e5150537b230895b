using System.Collections.Immutable;
using System.Globalization;
using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Text;

namespace Movement.Core.Schema;

/// <summary>
/// Checks raw values against a schema and converts them to typed values. Every problem is reported,
/// with the line it is on and a hint; the record is still returned so later checks can run too.
/// </summary>
public sealed class SchemaValidator(IDiagnostics diagnostics, IFileSystem input)
{
    /// <param name="sourceDirectory">The content file's folder, for resolving relative file references.</param>
    public FieldValues Validate(ContentSchema schema, RawMap map, string sourceDirectory) =>
        ValidateFields(schema.Fields, map, sourceDirectory, "");

    private FieldValues ValidateFields(IReadOnlyList<FieldDefinition> fields, RawMap map, string sourceDirectory, string parent)
    {
        var values = new Dictionary<string, (object, SourceLocation)>(StringComparer.Ordinal);
        var known = fields.Select(f => f.Name).ToList();
        foreach (var (name, raw) in map.Entries)
        {
            var field = fields.FirstOrDefault(f => f.Name == name);
            if (field is null)
            {
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.UnknownField, map.KeyLocationOf(name, raw), $"Unknown field '{parent}{name}' will be ignored.{Suggestions.DidYouMean(name, known)}",
                    $"Fields this kind of content understands: {string.Join(", ", known)}."));
                continue;
            }

            if (IsEmpty(raw))
            {
                continue; // Reported below if the field is required.
            }

            if (raw is RawScalar { Value: var written } && Placeholders.IsWhole(written))
            {
                continue; // A value still to be written: reported once as such by the content's placeholder check, not as a wrong value.
            }

            if (Convert(field, raw, sourceDirectory, parent) is { } value)
            {
                values[name] = (value, raw.Location);
            }
        }

        foreach (var field in fields.Where(f => f.IsRequired && !values.ContainsKey(f.Name)))
        {
            var present = map.Entries.FirstOrDefault(e => e.Key == field.Name);
            if (present.Value is { } empty && IsEmpty(empty))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.EmptyField, empty.Location, $"'{parent}{field.Name}' is empty.",
                    $"Give it a value, for example: {field.Name}: {ExampleOf(field)}"));
            }
            else if (present.Value is null)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, map.Location, $"Missing required field '{parent}{field.Name}' ({field.Label}).",
                    $"Add a line '{field.Name}: {ExampleOf(field)}'{(parent.Length == 0 ? " to the front matter" : " to this item")}."));
            }
        }

        return new FieldValues(map.Location, values);
    }

    private object? Convert(FieldDefinition field, RawValue raw, string sourceDirectory, string parent) => field.Kind switch
    {
        FieldKind.TextList or FieldKind.ChoiceList => ConvertList(field, raw, parent),
        FieldKind.ObjectList => ConvertObjects(field, raw, sourceDirectory, parent),
        _ => Scalar(field, raw, parent) is { } text ? ConvertScalar(field, text, raw.Location, sourceDirectory, parent) : null,
    };

    private object? ConvertScalar(FieldDefinition field, string text, SourceLocation location, string sourceDirectory, string parent)
    {
        var label = parent + field.Name;
        switch (field.Kind)
        {
            case FieldKind.Date:
                return ParseDate(label, text, location);
            case FieldKind.DateTime:
                return ParseDateAndTime(field, label, text, location);
            case FieldKind.Boolean:
                if (text.ToLowerInvariant() is "true" or "yes") return true;
                if (text.ToLowerInvariant() is "false" or "no") return false;
                Report(DiagnosticCodes.WrongShape, location, $"'{label}' should be true or false, not '{text}'.", $"Write {field.Name}: true or {field.Name}: false.");
                return null;
            case FieldKind.Integer:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
                Report(DiagnosticCodes.WrongShape, location, $"'{label}' should be a whole number, not '{text}'.", $"Write digits only, for example: {field.Name}: {ExampleOf(field)}");
                return null;
            case FieldKind.Url:
                return WebAddress(field, label, text, location);
            case FieldKind.File:
                return ResolveFile(label, text, location, sourceDirectory);
            case FieldKind.Choice:
                return Choose(field, label, text, location);
            default:
                return text;
        }
    }

    private string? WebAddress(FieldDefinition field, string label, string text, SourceLocation location)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            Report(DiagnosticCodes.InvalidWebAddress, location, $"'{label}' is not a full web address: '{text}'.", WebAddresses.LacksScheme(text)
                ? $"Add https:// in front: {field.Name}: {WebAddresses.WithScheme(text)}"
                : "Copy the address from the browser's address bar, starting with https://.");
            return null;
        }

        if (uri.Scheme == "http")
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.PlainHttp, location, $"'{label}' starts with http://, which browsers show as 'not secure': '{text}'.",
                $"Open the site in a browser: if it works with https://, write {field.Name}: https://{text["http://".Length..]}"));
        }

        return text;
    }

    private DateAndTime? ParseDateAndTime(FieldDefinition field, string label, string text, SourceLocation location)
    {
        var hasTime = text.Length > 10 && (text[10] == 'T' || text[10] == ' ');
        if (ParseDate(label, hasTime ? text[..10] : text, location) is not { } date)
        {
            return null;
        }

        if (!hasTime)
        {
            return new DateAndTime(date, null);
        }

        var written = text[11..].Trim();
        if (TimeOnly.TryParseExact(written, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new DateAndTime(date, time);
        }

        Report(DiagnosticCodes.InvalidTime, location, $"'{label}' has '{written}' after the date, which is not a time of day.",
            $"Write the time in 24-hour hours and minutes after the date, for example {field.Name}: {text[..10]} 14:30, or leave the time out for an all-day event.");
        return null;
    }

    private DateOnly? ParseDate(string label, string text, SourceLocation location)
    {
        var datePart = text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
        if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var parts = datePart.Split('-', '/', '.');
        var hint = "Write dates as year-month-day with two-digit month and day, for example 2025-06-09.";
        if (parts.Length == 3 && parts.All(p => int.TryParse(p, out _)) && parts[0].Length == 4 &&
            int.Parse(parts[1], CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
        {
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            Report(DiagnosticCodes.InvalidDate, location, $"'{label}' is not a real date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days.", hint);
        }
        else
        {
            Report(DiagnosticCodes.InvalidDate, location, $"'{label}' is not a date in the form YYYY-MM-DD: '{text}'.", hint);
        }

        return null;
    }

    private string? ResolveFile(string label, string text, SourceLocation location, string sourceDirectory)
    {
        if (text.Contains("://", StringComparison.Ordinal))
        {
            Report(DiagnosticCodes.FileOutsideInput, location, $"'{label}' must be a file in the input folder, not a web address.", "Save the file next to this one and give its name, for example: file: poster.svg");
            return null;
        }

        var resolved = SitePath.Resolve(sourceDirectory, text);
        if (resolved is null || resolved.Length == 0)
        {
            Report(DiagnosticCodes.FileOutsideInput, location, $"'{label}' points outside the input folder: '{text}'.", "Keep downloads inside the input folder and refer to them from there, for example /files/brief.pdf.");
            return null;
        }

        if (!input.Exists(resolved))
        {
            var nearby = input.ListFiles().Where(f => SitePath.Directory(f) == SitePath.Directory(resolved)).Select(SitePath.FileName);
            Report(DiagnosticCodes.MissingFile, location, $"The file '{text}' referred to by '{label}' does not exist (looked for input/{resolved}).",
                $"Add the file, or correct its name.{Suggestions.DidYouMean(SitePath.FileName(resolved), nearby)}");
            return null;
        }

        return resolved;
    }

    private string? Choose(FieldDefinition field, string label, string text, SourceLocation location)
    {
        var normalised = text.Trim().ToLowerInvariant().Replace(' ', '-');
        if (field.Choices.Contains(normalised))
        {
            return normalised;
        }

        if (field.Choices.Count == 0)
        {
            Report(DiagnosticCodes.NotAllowed, location, $"'{text}' is not an allowed value for '{label}': no values are set up for it yet.",
                $"Add '{normalised}' where the site's settings list them (for topics, the 'topics:' list in site.yml, with a title and a summary), or remove it here.");
            return null;
        }

        Report(DiagnosticCodes.NotAllowed, location, $"'{text}' is not an allowed value for '{label}'.{Suggestions.DidYouMean(normalised, field.Choices)}",
            $"Use one of: {string.Join(", ", field.Choices)}.");
        return null;
    }

    private IReadOnlyList<string>? ConvertList(FieldDefinition field, RawValue raw, string parent)
    {
        // A single value where a list is expected is read as a list of one: authors often write "nations: wales".
        var items = raw is RawList list ? list.Items : [raw];
        var result = new List<string>();
        foreach (var item in items)
        {
            if (Scalar(field, item, parent) is not { } text)
            {
                continue;
            }

            var value = field.Kind == FieldKind.ChoiceList ? Choose(field, parent + field.Name, text, item.Location) : text;
            if (value is not null && !result.Contains(value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private IReadOnlyList<FieldValues>? ConvertObjects(FieldDefinition field, RawValue raw, string sourceDirectory, string parent)
    {
        if (raw is not RawList list)
        {
            Report(DiagnosticCodes.WrongShape, raw.Location, $"'{parent}{field.Name}' should be a list of items, each starting with '- '.",
                $"Write each item on its own line under '{field.Name}:', starting with '  - {field.Fields.FirstOrDefault()?.Name ?? "title"}: '.");
            return null;
        }

        var result = new List<FieldValues>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is RawMap map)
            {
                result.Add(ValidateFields(field.Fields, map, sourceDirectory, $"{parent}{field.Name}[{i + 1}]."));
            }
            else
            {
                Report(DiagnosticCodes.WrongShape, list.Items[i].Location, $"Item {i + 1} of '{parent}{field.Name}' should have named parts ({string.Join(", ", field.Fields.Select(f => f.Name))}).",
                    $"Write the item as '- {field.Fields.FirstOrDefault()?.Name ?? "title"}: ...' with the other parts indented below it.");
            }
        }

        return result;
    }

    private string? Scalar(FieldDefinition field, RawValue raw, string parent)
    {
        switch (raw)
        {
            case RawScalar scalar:
                return scalar.Value?.Trim();
            case RawList:
                Report(DiagnosticCodes.WrongShape, raw.Location, $"'{parent}{field.Name}' should be a single value, but a list was given.",
                    $"Remove the '-' and write the value on the same line: {field.Name}: {ExampleOf(field)}");
                return null;
            default:
                Report(DiagnosticCodes.WrongShape, raw.Location, $"'{parent}{field.Name}' should be a single value, but it was read as named parts.",
                    "If the value contains ': ', put the whole value in double quotes.");
                return null;
        }
    }

    private static bool IsEmpty(RawValue raw) => raw is RawScalar { Value: null or "" } || raw is RawList { Items.Count: 0 };

    private static string ExampleOf(FieldDefinition field) => field.Example.Length > 0 ? field.Example : "...";

    private void Report(string code, SourceLocation location, string message, string hint) =>
        diagnostics.Report(Diagnostic.Error(code, location, message, hint));
}

using System.Globalization;

namespace Movement.Site.Languages;

/// <summary>
/// One language's interface words, with the formats that differ by language: dates ("9 Mehefin 2025") and counts.
/// Dates use the strings file's month names because Movement runs with invariant globalization, where .NET has no
/// Welsh culture data.
/// </summary>
public sealed class InterfaceText(string lang, IReadOnlyDictionary<string, string> words, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
{
    public string Lang { get; } = lang;

    public IEnumerable<string> Keys => words.Keys.Concat(lists.Keys);

    /// <summary>A word; a key missing from the file is a fault in Movement (the keys test catches it), so it throws.</summary>
    public string this[string key] => words.TryGetValue(key, out var word) ? word : throw new KeyNotFoundException($"No interface string '{key}' in {Lang}.yml.");

    /// <summary>A word with its blanks filled in order, e.g. "is coordinated by the {0}.", "Page {0} of {1}".</summary>
    public string Fill(string key, params string[] values)
    {
        var text = this[key];
        for (var i = 0; i < values.Length; i++)
        {
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", values[i], StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A number as the pages write it: "1,234" (both languages group thousands with a comma).</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count with its noun. Welsh nouns after a numeral stay singular ("5 diwrnod"), and Welsh's six plural forms
    /// reduce on these words to two, so each count has a "_one" and an "_other" form per language.
    /// </summary>
    public string Count(string key, int count) =>
        Fill(count == 1 ? key + "_one" : key + "_other", count.ToString(CultureInfo.InvariantCulture));

    /// <summary>"19 March 2024", "19 Mawrth 2024".</summary>
    public string Date(DateOnly date) => $"{date.Day} {lists["months"][date.Month - 1]} {date.Year}";

    /// <summary>A section's name ("section_briefs" for /briefs/), or null when the file has none.</summary>
    public string? Section(string url) => words.GetValueOrDefault("section_" + url.Trim('/').Replace('/', '_'));

    /// <summary>What one item of a content type is called ("kind_brief"), or null when the file has none.</summary>
    public string? Kind(string type) => words.GetValueOrDefault("kind_" + type);

    /// <summary>
    /// Whether the theme's listing at this address speaks the language: its component takes its words from the strings
    /// file, which says so with the listing's lead ("listing_briefs"). Only such listings get a translation.
    /// </summary>
    public bool HasListing(string url) => words.ContainsKey("listing_" + url.Trim('/').Replace('/', '_'));

    /// <summary>A nation's name, e.g. "Cymru".</summary>
    public string Nation(string id) => words.GetValueOrDefault("nation_" + id) ?? id;

    /// <summary>A member organisation's type, e.g. "Elusen".</summary>
    public string MemberType(string id) => words.GetValueOrDefault("member_" + id) ?? id;
}

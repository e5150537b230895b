using System.Text;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Inputs that push the parsers: deep nesting, alias bombs, sizes and encodings in YAML, Markdown and CSV.</summary>
public static class ParserMistakes
{
    /// <summary>Ten lines that stand for 10^9 values when every alias is expanded ("billion laughs").</summary>
    public static string AliasBomb(string key) =>
        $"{key}: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
        string.Concat(Enumerable.Range(1, 8).Select(i => $"{key}{i}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n"));

    /// <summary>A map inside a map, <paramref name="depth"/> deep, one level per line from the line after <paramref name="key"/>.</summary>
    public static string NestedBlock(string key, int depth) =>
        $"{key}:\n" + string.Concat(Enumerable.Range(1, depth).Select(i => new string(' ', 2 * i) + $"level{i}:\n"));

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // YAML nested past the limit: a located error before anything recurses, not a stack overflow.
        ["yaml_brackets_fifty_thousand_deep"] = new(Brief($"{Valid}\nasks: {new string('[', 50_000)}"), "MV0005", "briefs/b.md", 5, ["remove the extra"]),
        ["yaml_maps_nested_by_indentation_past_the_limit"] = new("-- members/m.yml --\nname: M\ntype: charity\n" + NestedBlock("nations", 100), "MV0005", "members/m.yml", 67, ["indentation"]),
        ["yaml_dashes_nested_in_site_settings"] = new(TestSiteSettings($"footer_links:\n{string.Concat(Enumerable.Repeat("- ", 80))}x\n"), "MV0005", "site.yml", 12, ["'-'"]),

        // Aliases that expand without end: stopped at the alias, in well under a second.
        ["yaml_alias_bomb_in_front_matter"] = new(Brief($"{Valid}\n{AliasBomb("laughs")}"), "MV0006", "briefs/b.md", 8, ["write the values out"]),
        ["yaml_alias_bomb_in_a_member_file"] = new($"-- members/m.yml --\nname: M\ntype: charity\n{AliasBomb("nations")}", "MV0006", "members/m.yml", 6, ["'*name'"]),

        // Markdown nested past Markdig's depth limit: the file and the line, not an internal fault.
        ["markdown_quotes_ten_thousand_deep"] = new(Brief(Valid, $"Intro.\n\n{new string('>', 10_000)} deep"), "MV0420", "briefs/b.md", 8, ["nest"]),
        ["markdown_list_markers_ten_thousand_deep"] = new(Brief(Valid, $"{string.Concat(Enumerable.Repeat("* ", 10_000))}deep"), "MV0420", "briefs/b.md", 6, ["nest"]),
        ["markdown_link_brackets_ten_thousand_deep"] = new(Brief(Valid, $"Intro.\n\nMore.\n\n{new string('[', 10_000)}x{new string(']', 10_000)}(/)"), "MV0420", "briefs/b.md", 10, ["nest"]),
        ["markdown_emphasis_nested_two_thousand_deep"] = new(Brief(Valid, $"Intro.\n\n{new string('_', 2_000)}x{new string('_', 2_000)}"), "MV0420", "briefs/b.md", 8, ["remove the extra levels"]),
        ["markdown_emphasis_marks_by_the_thousand"] = new(Brief(Valid, $"Intro.\n\n{string.Concat(Enumerable.Repeat("*a **b ", 5_000))}"), "MV0421", "briefs/b.md", 8, ["smaller paragraphs"]),
        ["markdown_table_of_a_hundred_thousand_cells"] = new(Brief(Valid, "|" + string.Concat(Enumerable.Repeat("a|", 500)) + "\n|" + string.Concat(Enumerable.Repeat("-|", 500)) + "\n" + string.Concat(Enumerable.Repeat("|" + string.Concat(Enumerable.Repeat("a|", 500)) + "\n", 200))), "MV0421", "briefs/b.md", 25, ["smaller paragraphs or tables"]),

        // Spreadsheets in another encoding or layout: the file and line, and how to save it again.
        ["csv_saved_as_windows_1252"] = new("", "MV0503", "members.csv", 3, ["CSV UTF-8 (Comma delimited)", "Unicode (UTF-8)"])
        {
            MessageWords = ["'Café'"],
            Bytes = new Dictionary<string, byte[]> { ["members.csv"] = [.. "name,type,nations,description\nBump Club,charity,wales,D\nCaf"u8, 0xE9, .. ",charity,wales,D\n"u8] },
        },
        ["csv_saved_as_unicode_text"] = new(Member("m"), "MV0503", "members.csv", 1, ["CSV UTF-8"])
        {
            Bytes = new Dictionary<string, byte[]> { ["members.csv"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("name\ttype\tnations\tdescription\n")] },
        },
        ["csv_with_semicolons_and_a_misspelt_nation"] = new("-- members.csv --\nname;type;nations;description\nA;charity;wales;D\nB;charity;\"england;walse\";D\n", "MV0103", "members.csv", 3, ["wales"]),
        ["csv_after_excels_sep_line_with_an_unquoted_comma"] = new("-- members.csv --\nsep=,\nname,type,nations,description\nBump Club,charity,wales,Meets weekly, in Rhyl.\n", "MV0502", "members.csv", 3, ["double quotes"]),
        ["csv_whose_header_names_no_known_column"] = new("-- members.csv --\nname|type|nations|description\nA|charity|wales|D\n", "MV0501", "members.csv", 1, ["name,type,nations"]),
    };

    private static string Member(string slug) => $"-- members/{slug}.yml --\nname: M\ntype: charity\nnations: [wales]\ndescription: D\n";

    private static string TestSiteSettings(string extra) => $"-- site.yml --\n{Movement.Testing.TestSite.DefaultSettings}\n{extra}";
}

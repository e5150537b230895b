using System.Text;
using Movement.Core.Diagnostics;
using Movement.Site.Tests.Diagnostics.Catalogue;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics;

/// <summary>
/// Mistakes staff make in YAML, Markdown and the members spreadsheet, each with the exact diagnostic
/// (code, file, line) and the words its hint must contain. Line numbers count from the file's first line.
/// </summary>
public static class BadInputCatalogue
{
    internal const string Week = """
        -- awareness-week/2025/index.md --
        ---
        title: Week
        theme: T
        summary: S
        start: 2025-06-09
        end: 2025-06-15
        ---
        """;

    /// <summary>Every case: the ones below and each area's own list in <c>Catalogue/</c>.</summary>
    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new[]
    {
        Authoring, PublishingMistakes.Cases, MarkupMistakes.Cases, ParserMistakes.Cases, SettingsMistakes.Cases, AuthoringMistakes.Cases,
        ApiMistakes.Cases, SearchMistakes.Cases,
    }.SelectMany(cases => cases).ToDictionary();

    // A property, not a field: it is read while Cases is initialised, above it.
    private static IReadOnlyDictionary<string, BadInput> Authoring => new Dictionary<string, BadInput>
    {
        // YAML itself
        ["tab_indenting_a_field"] = new(Brief("title: B\n\tsummary: S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 3, ["tab"]),
        ["a_field_indented_by_mistake"] = new(Brief("title: B\n  summary: S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 3, ["indent"]),
        ["unclosed_double_quote"] = new(Brief("title: \"B\nsummary: S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 2, ["quote"]),
        ["unclosed_single_quote"] = new(Brief("title: B\nsummary: 'S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 3, ["quote"]),
        ["unquoted_colon_in_a_value"] = new(Brief("title: Babies: the first 1001 days\nsummary: S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 2, ["quote"]),
        ["a_list_item_without_its_field"] = new(Brief("title: B\n- workforce\nsummary: S\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 3, []),
        ["an_unclosed_bracket_before_the_end"] = new("-- members/m.yml --\nname: M\ntype: charity\ndescription: [ Parent-infant psychotherapy.\nnations: [wales]\n", "MV0001", "members/m.yml", 3, ["stray character"]),
        // YamlDotNet gives no position here; the report points at the end of the last part it could read.
        ["stray_stars_after_a_quoted_value"] = new(Brief("title: B\nsummary: 'S'**\ndate: 2024-01-01"), "MV0001", "briefs/b.md", 4, ["stray character"]),
        ["the_same_field_twice"] = new(Brief("title: B\nsummary: S\ndate: 2024-01-01\ntitle: C"), "MV0003", "briefs/b.md", 5, ["one line"]),
        ["front_matter_that_is_a_list"] = new(Brief("- title: B\n- summary: S"), "MV0004", "briefs/b.md", 2, ["one setting per line"]),
        ["front_matter_never_closed"] = new("-- briefs/b.md --\n---\ntitle: B\nsummary: S\ndate: 2024-01-01\n\nBody\n", "MV0002", "briefs/b.md", 1, ["---"]),
        ["no_front_matter_at_all"] = new("-- news/plain.md --\nJust text.\n", "MV0002", "news/plain.md", 1, ["---"]),

        // Fields
        ["a_required_field_missing"] = new(Brief("title: B\ndate: 2024-01-01"), "MV0101", "briefs/b.md", 2, ["summary"]),
        ["a_required_field_left_empty"] = new(Brief("title:\nsummary: S\ndate: 2024-01-01"), "MV0107", "briefs/b.md", 2, ["title"]),
        ["a_list_where_one_value_is_expected"] = new(Brief("title: [Workforce, Investment]\nsummary: S\ndate: 2024-01-01"), "MV0102", "briefs/b.md", 2, ["title"]),
        ["one_value_where_a_list_of_asks_is_expected"] = new(Brief($"{Valid}\nasks: Fund everything"), "MV0102", "briefs/b.md", 5, ["asks"]),
        ["a_nation_misspelt"] = new(Brief($"{Valid}\nnations: [englund]"), "MV0103", "briefs/b.md", 5, ["england", "wales"]) { MessageWords = ["Did you mean 'england'?"] },
        ["a_topic_not_declared"] = new(Brief($"{Valid}\ntopics: [workforse]"), "MV0103", "briefs/b.md", 5, ["workforce, investment"]) { MessageWords = ["Did you mean 'workforce'?"] },
        ["a_day_month_year_date"] = new(Brief("title: B\nsummary: S\ndate: 31/02/2025"), "MV0104", "briefs/b.md", 4, ["year-month-day", "2025-06-09"]),
        ["the_31st_of_february"] = new(Brief("title: B\nsummary: S\ndate: 2025-02-31"), "MV0104", "briefs/b.md", 4, ["year-month-day"]) { MessageWords = ["28 days"] },
        ["a_thirteenth_month"] = new(Brief("title: B\nsummary: S\ndate: 2025-13-01"), "MV0104", "briefs/b.md", 4, ["year-month-day"]),
        ["a_date_in_words"] = new(Brief("title: B\nsummary: S\ndate: 19 March 2024"), "MV0104", "briefs/b.md", 4, ["year-month-day"]),
        ["an_unknown_field"] = new(Brief($"{Valid}\nsumary: typo"), "MV0105", "briefs/b.md", 5, ["summary"], Severity.Warning) { MessageWords = ["Did you mean 'summary'?"] },
        ["a_website_without_https"] = new("-- members/m.yml --\nname: M\ntype: charity\nnations: [wales]\ndescription: D\nwebsite: www.example.org\n", "MV0106", "members/m.yml", 5, ["https://"]),
        ["a_week_that_ends_before_it_starts"] = new(Week.Replace("end: 2025-06-15", "end: 2025-06-01"), "MV0108", "awareness-week/2025/index.md", 6, ["end"]),
        ["a_content_file_in_the_wrong_folder"] = new("-- blog/post.md --\n---\ntitle: Lost\n---\n", "MV0109", "blog/post.md", 1, ["Move it to where a content type reads its files", "briefs/*.md"], Severity.Warning),
        ["a_member_type_not_allowed"] = new("-- members/m.yml --\nname: M\ntype: charty\nnations: [wales]\ndescription: D\n", "MV0103", "members/m.yml", 2, ["charity"]),

        // Files referred to
        ["a_missing_download"] = new(Brief($"{Valid}\ndownloads:\n  - file: /files/missing.pdf\n    label: L"), "MV0201", "briefs/b.md", 6, ["file"]) { MessageWords = ["input/files/missing.pdf"] },
        ["a_missing_image_in_the_body"] = new(Brief(Valid, "![A chart](/files/chart.png)"), "MV0201", "briefs/b.md", 6, ["files/chart.png"]),
        ["a_missing_resource_file"] = new(Week + "\n-- awareness-week/2025/resources/toolkit.md --\n---\ntitle: Toolkit\nkind: toolkit\nsummary: S\nfile: toolkit.pdf\n---\n", "MV0201", "awareness-week/2025/resources/toolkit.md", 5, ["file"]),
        ["a_resource_outside_the_input_folder"] = new(Week + "\n-- awareness-week/2025/resources/toolkit.md --\n---\ntitle: Toolkit\nkind: toolkit\nsummary: S\nfile: ../../../../etc/passwd\n---\n", "MV0202", "awareness-week/2025/resources/toolkit.md", 5, ["inside the input folder"]),
        ["a_body_link_climbing_above_the_site_root"] = new(Brief(Valid, "Read [the report](../../../reports/report.pdf)."), "MV0202", "briefs/b.md", 6, ["inside the input folder", "/files/report.pdf"]) { MessageWords = ["'../../../reports/report.pdf'", "climbs above", "/briefs/b/"] },
        ["a_relative_link_to_a_missing_file_read_from_the_page"] = new(Brief(Valid, "Read [the report](../../reports/report.pdf)."), "MV0201", "briefs/b.md", 6, ["reports/report.pdf"]) { MessageWords = ["'/reports/report.pdf'"] },
        ["a_body_picture_above_the_site_root"] = new(Brief(Valid, "![The chart](/../charts/chart.png)"), "MV0202", "briefs/b.md", 6, ["inside the input folder"]) { MessageWords = ["image", "'/../charts/chart.png'"] },
        ["an_encoded_climb_out_of_the_site_root"] = new(Brief(Valid, "[Secret](/files/%2e%2e/%2e%2e/etc/passwd)"), "MV0202", "briefs/b.md", 6, ["inside the input folder"]),
        ["a_download_given_as_a_web_address"] = new(Brief($"{Valid}\ndownloads:\n  - file: https://example.org/brief.pdf\n    label: L"), "MV0202", "briefs/b.md", 6, ["Save the file"]),
        ["an_image_in_the_body_without_alt_text"] = new(Brief(Valid, "![](chart.svg)") + "-- briefs/chart.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "MV0203", "briefs/b.md", 6, ["Describe the image", "cannot see"]),
        ["a_resource_image_without_alt_text"] = new(Week + "\n-- awareness-week/2025/resources/poster.md --\n---\ntitle: Poster\nkind: poster\nsummary: S\nfile: poster.svg\n---\n-- awareness-week/2025/resources/poster.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "MV0203", "awareness-week/2025/resources/poster.md", 5, ["alt:", "cannot see"]) { MessageWords = ["'poster.svg'"] },
        ["a_news_picture_without_alt_text"] = new("-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\nimage: /files/photo.svg\n---\n-- files/photo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "MV0203", "news/n.md", 5, ["alt:"]) { MessageWords = ["'/files/photo.svg'"] },

        // Addresses and links
        ["two_briefs_with_the_same_slug"] = new("-- briefs/a.md --\n---\ntitle: A\nsummary: S\ndate: 2024-01-01\nslug: asks\n---\n-- briefs/b.md --\n---\ntitle: B\nsummary: S\ndate: 2024-01-01\nslug: asks\n---\n", "MV0301", "briefs/b.md", 5, ["slug:"]) { MessageWords = ["/briefs/asks/", "briefs/a.md"] },
        ["a_slug_taking_another_items_address"] = new("-- briefs/a.md --\n---\ntitle: A\nsummary: S\ndate: 2024-01-01\nslug: same\n---\n-- briefs/same.md --\n---\ntitle: B\nsummary: S\ndate: 2024-01-01\n---\n", "MV0301", "briefs/a.md", 5, ["slug:"]) { MessageWords = ["/briefs/same/, which briefs/same.md already has"] },
        ["a_page_taking_a_listings_address"] = new("-- pages/about.md --\n---\ntitle: Briefs\nsummary: S\nslug: briefs\n---\n", "MV0301", "pages/about.md", 4, ["slug:"]) { MessageWords = ["/briefs/", "the site's own pages"] },
        ["a_slug_climbing_out_with_dot_dot"] = new(Brief($"{Valid}\nslug: ../../etc"), "MV0303", "briefs/b.md", 5, ["lowercase letters", "slug: etc"]),
        ["a_slug_with_spaces_and_punctuation"] = new(Brief($"{Valid}\nslug: Our Asks!"), "MV0303", "briefs/b.md", 5, ["slug: our-asks"]),
        ["a_slug_with_url_characters"] = new(Brief($"{Valid}\nslug: \"asks?x=1#top\""), "MV0303", "briefs/b.md", 5, ["lowercase letters"]),
        ["a_file_name_unsafe_in_an_address"] = new("-- briefs/Our Asks.md --\n---\ntitle: A\nsummary: S\ndate: 2024-01-01\n---\n", "MV0303", "briefs/Our Asks.md", 2, ["Rename the file", "our-asks.md"]),
        ["a_link_to_a_page_that_does_not_exist"] = new(Brief(Valid, "Intro\n\nSee [our asks](/briefs/asks/)."), "MV0302", "briefs/b.md", 8, ["Correct the address"]),
        ["a_link_to_a_content_file_that_does_not_exist"] = new(Brief(Valid, "See [the other](other.md)."), "MV0302", "briefs/b.md", 6, ["Correct the address"]),
        ["a_link_to_a_draft"] = new(Brief(Valid, "See [the plan](/briefs/plan/).") + "-- briefs/plan.md --\n---\ntitle: P\nsummary: S\ndate: 2024-01-01\nstatus: draft\n---\n", "MV0302", "briefs/b.md", 6, ["Correct the address"]) { MessageWords = ["draft"] },
        ["a_link_to_a_missing_section_of_another_page"] = new(Brief(Valid, "See [asks](other.md#what-we-ask).") + "-- briefs/other.md --\n---\ntitle: O\nsummary: S\ndate: 2024-01-01\n---\n## What we want\n", "MV0306", "briefs/b.md", 6, ["heading", "#what-we-ask"]) { MessageWords = ["/briefs/other/#what-we-ask"] },
        ["a_link_to_a_missing_section_of_the_same_page"] = new(Brief(Valid, "## Our asks\n\nSee [below](#our-aks)."), "MV0306", "briefs/b.md", 8, ["heading", "Did you mean 'our-asks'?"]) { MessageWords = ["this page"] },
        ["an_alias_climbing_out_of_the_site"] = new(Brief($"{Valid}\naliases: [/../../etc/]"), "MV0304", "briefs/b.md", 5, ["old addresses"]),
        ["a_related_brief_that_does_not_exist"] = new(Brief($"{Valid}\nrelated: [five-cals]"), "MV0305", "briefs/b.md", 5, []),

        // Whole files
        ["an_empty_file"] = new("-- news/empty.md --\n\n", "MV0401", "news/empty.md", 1, ["delete it"]),
        ["a_file_of_only_spaces_and_blank_lines"] = new("-- members/blank.yml --\n   \n\n  \n", "MV0401", "members/blank.yml", 1, ["Fill it in"]),
        ["a_file_of_binary_bytes"] = new("", "MV0402", "news/photo.md", 3, ["plain text"]) { Bytes = new Dictionary<string, byte[]> { ["news/photo.md"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] } },
        ["a_line_break_pasted_from_word"] = new(Brief(Valid, "We ask for\u000Bthree things."), "MV0404", "briefs/b.md", 6, ["line break", "Enter"], Severity.Warning) { MessageWords = ["U+000B"], Column = 11 },
        ["a_control_character_in_a_member_file"] = new("-- members/m.yml --\nname: Bump\u0007 Club\ntype: charity\nnations: [wales]\ndescription: D\n", "MV0404", "members/m.yml", 1, ["retype"], Severity.Warning) { MessageWords = ["U+0007"] },
        ["a_control_character_in_a_spreadsheet_cell"] = new("-- members.csv --\nname,type,nations,region,website,logo,description,joined\nBump Club,community-service,wales,,,,Meets\u0002 weekly,\n", "MV0404", "members.csv", 2, ["retype the cell"], Severity.Warning) { MessageWords = ["'description'"] },
        ["a_file_in_another_encoding"] = new("", "MV0403", "news/latin1.md", 2, ["UTF-8"]) { Bytes = new Dictionary<string, byte[]> { ["news/latin1.md"] = [.. Encoding.ASCII.GetBytes("---\ntitle: Caf"), 0xE9, .. Encoding.ASCII.GetBytes("\nsummary: S\ndate: 2024-01-01\n---\n")] } },
        ["a_list_as_a_members_description"] = new("-- members/m.yml --\nname: M\ntype: charity\nnations: [wales]\ndescription:\n  - Supports parents\n  - Trains staff\n", "MV0102", "members/m.yml", 5, ["description"]),

        // Members spreadsheet
        ["a_spreadsheet_without_the_nations_column"] = new("-- members.csv --\nname,type,description\nA,charity,D\n", "MV0501", "members.csv", 1, ["nations"]),
        ["a_spreadsheet_row_with_an_unquoted_comma"] = new("-- members.csv --\nname,type,nations,region,website,logo,description,joined\nBump Club,community-service,wales,,,,Meets weekly, in Rhyl.,\n", "MV0502", "members.csv", 2, ["double quotes"]),
        ["a_spreadsheet_row_with_an_unclosed_quote"] = new("-- members.csv --\nname,type,nations,description\n\"Bump Club,community-service,wales,Meets weekly\n", "MV0502", "members.csv", 2, ["double quotes"]),

        // Markdown that could run code: kept out of the page, and the author told why (a warning)
        ["a_script_element_in_markdown"] = new(Brief(Valid, "Intro\n\n<script>alert(1)</script>"), "MV0307", "briefs/b.md", 8, ["Scripts", "not allowed"], Severity.Warning) { MessageWords = ["<script>"] },
        ["a_javascript_link_in_markdown"] = new(Brief(Valid, "[Click](javascript:alert(1))"), "MV0307", "briefs/b.md", 6, ["javascript:"], Severity.Warning) { MessageWords = ["javascript:alert(1)"] },
        ["an_event_handler_in_raw_html"] = new(Brief(Valid, "Text\n\n<div onclick=\"steal()\">Hello</div>"), "MV0307", "briefs/b.md", 8, ["'on...' attributes"], Severity.Warning) { MessageWords = ["onclick"] },
        ["an_encoded_javascript_address_in_raw_html"] = new(Brief(Valid, "<a href=\"&#106;avascript:alert(1)\">x</a>"), "MV0307", "briefs/b.md", 6, ["javascript:"], Severity.Warning),
    };
}

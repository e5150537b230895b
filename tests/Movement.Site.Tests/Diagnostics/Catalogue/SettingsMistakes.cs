using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Mistakes in site.yml (links, featured items), in files made by `new`, and awareness-week folders.</summary>
public static class SettingsMistakes
{
    /// <summary>site.yml with its two required lines; what follows starts on line 3.</summary>
    private static string Settings(string rest) => $"-- site.yml --\ntitle: T\nbase_url: https://t.example\n{rest}\n";

    /// <summary>site.yml with one navigation link, its address on line 5.</summary>
    private static string Navigation(string url) => Settings($"navigation:\n  - title: Link\n    url: {url}");

    private const string FiveCalls = "-- briefs/five-calls.md --\n---\ntitle: Five calls\nsummary: S\ndate: 2024-01-01\n---\n";

    private static string Week(string folder, string start, string end) =>
        $"-- awareness-week/{folder}/index.md --\n---\ntitle: Week\ntheme: T\nsummary: S\nstart: {start}\nend: {end}\n---\n";

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // Addresses in site.yml: on every page, so only safe kinds, checked once at their line
        ["a_javascript_link_in_the_navigation"] = new(Navigation("javascript:alert(document.cookie)"), "MV0602", "site.yml", 5, ["starting with /", "https://"]) { MessageWords = ["'javascript:'"] },
        ["a_mixed_case_javascript_link_in_the_navigation"] = new(Navigation("JavaScript:alert(1)"), "MV0602", "site.yml", 5, ["starting with /"]),
        ["a_data_link_in_the_navigation"] = new(Navigation("\"data:text/html,<script>alert(1)</script>\""), "MV0602", "site.yml", 5, ["https://"]) { MessageWords = ["'data:'"] },
        ["a_protocol_relative_link_in_the_navigation"] = new(Navigation("//evil.example/briefs/"), "MV0602", "site.yml", 5, ["https://"]),
        ["a_backslash_link_in_the_navigation"] = new(Navigation("/\\evil.example/"), "MV0602", "site.yml", 5, ["starting with /"]) { MessageWords = ["backslashes"] },
        ["a_navigation_link_without_its_leading_slash"] = new(Navigation("briefs/"), "MV0602", "site.yml", 5, ["url: /briefs/"]) { MessageWords = ["does not start with /"] },
        ["a_misspelt_navigation_link"] = new(Navigation("/breifs/"), "MV0302", "site.yml", 5, ["Did you mean '/briefs/'?"]),
        ["a_navigation_link_to_a_missing_file"] = new(Navigation("/files/leaflet.pdf"), "MV0201", "site.yml", 5, ["files/leaflet.pdf"]),
        ["a_navigation_link_to_a_draft_page"] = new(Navigation("/get-involved/") + "-- pages/get-involved.md --\n---\ntitle: Get involved\nstatus: draft\n---\nText\n", "MV0302", "site.yml", 5, ["Correct the address"]) { MessageWords = ["draft"] },
        ["a_contact_email_written_as_a_link"] = new(Settings("contact_email: mailto:hello@t.example"), "MV0603", "site.yml", 3, ["mailto:", "hello@"]),
        ["a_repository_given_as_a_web_address"] = new(Settings("repository: https://github.com/first1001days/website"), "MV0607", "site.yml", 3, ["owner/name", "github.com/"]),

        // Settings that name content
        ["an_unknown_featured_brief"] = new(Settings("featured_brief: five-call") + FiveCalls, "MV0606", "site.yml", 3, ["Did you mean 'five-calls'?"]) { MessageWords = ["'five-call'", "does not exist"] },
        ["a_featured_brief_that_is_a_draft"] = new(Settings("featured_brief: five-calls") + FiveCalls.Replace("date: 2024-01-01", "date: 2024-01-01\nstatus: draft"), "MV0606", "site.yml", 3, ["published brief"]) { MessageWords = ["draft"] },
        ["an_unknown_current_awareness_week"] = new(Settings("current_awareness_week: 2052") + Week("2025", "2025-06-09", "2025-06-15"), "MV0605", "site.yml", 3, ["awareness-week/<year>/index.md", "2025"]) { MessageWords = ["'2052'"] },
        ["a_current_awareness_week_that_is_not_a_year"] = new(Settings("current_awareness_week: IMHAW25"), "MV0604", "site.yml", 3, ["2025"]) { MessageWords = ["'IMHAW25'"] },

        // Placeholders ('movement new' writes TODO where it cannot know the text)
        ["a_placeholder_left_in_a_published_summary"] = new(Brief("title: B\nsummary: \"TODO: write a one-sentence summary\"\ndate: 2024-01-01"), "MV0608", "briefs/b.md", 3, ["Replace the TODO", "status: draft"]),
        ["a_placeholder_left_in_a_published_text"] = new(Brief(Valid, "Our asks.\n\nTODO: write the text here"), "MV0608", "briefs/b.md", 8, ["Replace the TODO"]),
        ["a_placeholder_left_in_a_resource_file"] = new(Week("2025", "2025-06-09", "2025-06-15") + "-- awareness-week/2025/resources/poster.md --\n---\ntitle: Poster\nkind: poster\nsummary: S\nfile: \"TODO: save the file next to this one and give its name\"\n---\n", "MV0608", "awareness-week/2025/resources/poster.md", 5, ["Replace the TODO"]) { MessageWords = ["'file'"] },
        ["a_placeholder_in_the_site_settings"] = new(Settings("tagline: \"TODO: the movement's purpose in one sentence\""), "MV0608", "site.yml", 3, ["Replace the TODO"]),
        ["placeholders_in_a_draft"] = new(Brief("title: B\nsummary: \"TODO: summary\"\ndate: 2024-01-01\nstatus: draft", "TODO: write the text"), "MV0609", "briefs/b.md", 3, ["status: draft"], Severity.Warning) { MessageWords = ["summary (line 3)", "text (line 7)"] },

        // Awareness-week folders
        ["a_week_in_the_wrong_year_folder"] = new(Week("2026", "2027-06-07", "2027-06-13"), "MV0610", "awareness-week/2026/index.md", 5, ["awareness-week/2027/"]) { MessageWords = ["2027", "awareness-week/2026/"] },
    };
}

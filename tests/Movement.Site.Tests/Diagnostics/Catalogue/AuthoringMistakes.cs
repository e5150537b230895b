using Movement.Core.Diagnostics;
using static Movement.Site.Tests.Diagnostics.BadInput;

namespace Movement.Site.Tests.Diagnostics.Catalogue;

/// <summary>Everyday slips in front matter and Markdown whose message must name the real cause.</summary>
public static class AuthoringMistakes
{
    private const string Week = "-- awareness-week/2025/index.md --\n---\ntitle: Week\ntheme: T\nsummary: S\nstart: 2025-06-09\nend: 2025-06-15\n";

    private const string Member = "-- members/m.yml --\nname: M\ntype: charity\nnations: [wales]\ndescription: D\n";

    private const string About = "-- pages/about.md --\n---\ntitle: About\nsummary: S\n---\n";

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = new Dictionary<string, BadInput>
    {
        // A colon not followed by a normal space: YAML sees no setting, and used to talk about indentation.
        ["a_non_breaking_space_after_a_colon"] = new(Brief("title:\u00A0B\nsummary: S\ndate: 2024-01-01"), "MV0111", "briefs/b.md", 2, ["normal space", "title: B"]) { Column = 7, MessageWords = ["non-breaking space"] },
        ["a_non_breaking_space_after_the_last_colon"] = new(Brief("title: B\nsummary: S\ndate:\u00A02024-01-01"), "MV0111", "briefs/b.md", 4, ["normal space", "date: 2024-01-01"]) { Column = 6 },
        ["a_non_breaking_space_in_a_members_file"] = new("-- members/m.yml --\nname: M\ntype:\u00A0charity\nnations: [wales]\ndescription: D\n", "MV0111", "members/m.yml", 2, ["normal space", "type: charity"]) { Column = 6 },
        ["no_space_after_a_colon"] = new(Brief("title: B\nsummary:The first 1001 days\ndate: 2024-01-01"), "MV0111", "briefs/b.md", 3, ["space after the colon", "summary: The first 1001 days"]) { Column = 9 },
        ["no_space_after_the_first_colon"] = new("-- news/n.md --\n---\ntitle:News\nsummary: S\ndate: 2024-01-01\n---\n", "MV0111", "news/n.md", 2, ["space after the colon", "title: News"]) { Column = 7 },

        // An unquoted '#' starts a YAML comment: the value was silently dropped.
        ["an_unquoted_hashtag"] = new(Week + "hashtag: #IMHAW25\n---\n", "MV0110", "awareness-week/2025/index.md", 7, ["double quotes", "hashtag: \"#IMHAW25\""]) { Column = 10, MessageWords = ["#IMHAW25"] },
        ["an_unquoted_hashtag_in_a_daily_theme"] = new(Week + "days:\n  - date: 2025-06-09\n    theme: #BondingBeforeBirth\n---\n", "MV0110", "awareness-week/2025/index.md", 9, ["double quotes", "theme: \"#BondingBeforeBirth\""]) { Column = 12 },
        ["an_unquoted_hashtag_as_a_required_title"] = new(Brief("title: #Asks\nsummary: S\ndate: 2024-01-01"), "MV0110", "briefs/b.md", 2, ["title: \"#Asks\""]) { Column = 8 },

        // Web addresses written without their scheme, read as files beside the page.
        ["a_link_to_www_without_https"] = new(Brief(Valid, "See [NSPCC](www.nspcc.org.uk)."), "MV0331", "briefs/b.md", 6, ["https://www.nspcc.org.uk"]) { Column = 5, MessageWords = ["www.nspcc.org.uk"] },
        ["a_link_to_a_bare_domain_and_page"] = new("-- news/n.md --\n---\ntitle: N\nsummary: S\ndate: 2024-01-01\n---\nIntro\n\nRead [their guide](nspcc.org.uk/help).\n", "MV0331", "news/n.md", 8, ["https://nspcc.org.uk/help"]) { Column = 6 },
        ["a_bare_domain_as_a_website"] = new(Member + "website: nspcc.org.uk\n", "MV0106", "members/m.yml", 5, ["website: https://nspcc.org.uk"]) { Column = 10 },

        // http:// where the docs ask for https://.
        ["an_http_member_website"] = new(Member + "website: http://example.org\n", "MV0112", "members/m.yml", 5, ["https://example.org"], Severity.Warning) { Column = 10 },
        ["an_http_website_in_the_members_spreadsheet"] = new("-- members.csv --\nname,type,nations,website,description\nBump Club,community-service,wales,http://bumpclub.example.org,Meets weekly\n", "MV0112", "members.csv", 2, ["https://bumpclub.example.org"], Severity.Warning),
        ["an_http_website_with_a_path"] = new(Member.Replace("name: M", "name: N") + "website: http://example.org/about-us\n", "MV0112", "members/m.yml", 5, ["website: https://example.org/about-us"], Severity.Warning),

        // Unknown fields at their name, not their value (a list under the name was one line low).
        ["an_unknown_field_with_a_list_under_it"] = new(Brief($"{Valid}\nkeywords:\n  - babies\n  - parents"), "MV0105", "briefs/b.md", 5, ["topics"], Severity.Warning) { Column = 1 },
        ["an_unknown_field_left_empty"] = new(Brief($"{Valid}\nauthor:\nlang: en"), "MV0105", "briefs/b.md", 5, ["summary"], Severity.Warning) { Column = 1 },

        // An old address clashing with a page: at the 'aliases:' item, not at the page's 1:1.
        ["an_alias_taking_a_pages_address"] = new(Brief($"{Valid}\naliases:\n  - /old-asks/\n  - /about/") + About, "MV0301", "briefs/b.md", 7, ["aliases"]) { Column = 5, MessageWords = ["/about/", "pages/about.md"] },
        ["an_inline_alias_taking_a_pages_address"] = new(Brief($"{Valid}\naliases: [/old-asks/, /about/]") + About, "MV0301", "briefs/b.md", 5, ["aliases"]) { Column = 23 },

        // A week folder that is not a year has its own code (MV0303 is for slugs).
        ["an_awareness_week_folder_that_is_not_a_year"] = new(Week.Replace("2025/index.md", "next/index.md") + "---\n", "MV0332", "awareness-week/next/index.md", 1, ["named for its year"]),
    };
}

using System.Globalization;
using System.Text;

namespace Movement.Testing;

/// <summary>
/// The demo site scaled to the real movement: 240 members, 60 briefs, ten years of awareness weeks
/// (2016–2025) and 200 news items. The demo's own files stay as they are and the rest is generated from
/// the item's number alone, so every run gives the same bytes. Plausible names, places and dates (not
/// lorem ipsum) so that screenshots, Lighthouse and the directory's A to Z see what visitors would.
/// </summary>
public static class RealisticSite
{
    public const int Members = 240;
    public const int Briefs = 60;
    public const int NewsItems = 200;
    public const int FirstWeekYear = 2016;

    private static readonly string[] MemberKinds =
        ["Parent-Infant Partnership", "Baby Bonding Group", "Perinatal Mental Health Service", "Family Hub", "Infant Mental Health Network",
         "Home-Start", "Health Visiting Team", "Bumps and Babies Group", "Children's Centre", "Early Years Alliance", "Dads' Network", "Baby Clinic"];

    private static readonly string[] MemberTypes = ["charity", "community-service", "nhs-trust", "local-authority", "charity", "professional-body", "research", "community-service"];

    // Places with their nation and region, a realistic spread: most members are in England.
    private static readonly (string Place, string Nation, string Region)[] Places =
    [
        ("Leeds", "england", "Yorkshire and the Humber"), ("Bristol", "england", "South West"), ("Norwich", "england", "East of England"),
        ("Sunderland", "england", "North East"), ("Preston", "england", "North West"), ("Derby", "england", "East Midlands"),
        ("Coventry", "england", "West Midlands"), ("Brighton", "england", "South East"), ("Hackney", "england", "London"),
        ("Plymouth", "england", "South West"), ("Hull", "england", "Yorkshire and the Humber"), ("Oldham", "england", "North West"),
        ("Luton", "england", "East of England"), ("Gateshead", "england", "North East"), ("Croydon", "england", "London"),
        ("Dundee", "scotland", "Tayside"), ("Inverness", "scotland", "Highland"), ("Paisley", "scotland", "Renfrewshire"),
        ("Stirling", "scotland", "Forth Valley"), ("Swansea", "wales", "West Glamorgan"), ("Wrexham", "wales", "North Wales"),
        ("Newport", "wales", "Gwent"), ("Aberystwyth", "wales", "Ceredigion"), ("Derry", "northern-ireland", "County Londonderry"),
        ("Newry", "northern-ireland", "County Down"), ("Enniskillen", "northern-ireland", "County Fermanagh"),
    ];

    private static readonly string[] Topics = ["strategy", "investment", "local-action", "continuum-of-care", "workforce", "inequalities", "evidence", "parent-infant-relationships"];

    private static readonly string[] BriefSubjects =
        ["health visiting", "perinatal mental health", "parent-infant relationship teams", "family hubs", "early years funding", "the baby workforce",
         "fathers and partners", "babies in care", "infant feeding", "speech and language", "local commissioning", "data on babies"];

    private static readonly string[] BriefAngles = ["Why {0} matters for babies", "Investing in {0}", "What works in {0}", "{0} across the four nations", "Closing the gaps in {0}"];

    private static readonly string[] NewsAngles =
        ["Members meet ministers about {0}", "New report on {0}", "Movement responds to consultation on {0}", "Parliamentary debate on {0}",
         "Local leaders share learning on {0}", "Survey of parents on {0}"];

    private static readonly string[] WeekThemes =
        ["Parent-infant relationships matter", "Everyone has a role to play", "Building brighter futures", "Supporting dads and partners",
         "Understanding babies' emotions", "Babies in lockdown", "Who is holding the baby?"];

    private static readonly string[] NationSets = ["uk-wide", "england", "scotland", "wales", "northern-ireland", "england, wales", "uk-wide"];

    /// <summary>The demo's input with the generated files added, keyed by path under input/.</summary>
    public static Dictionary<string, byte[]> Input()
    {
        var files = DemoSite.Input();
        foreach (var (path, text) in Generate(files))
        {
            files[path] = Encoding.UTF8.GetBytes(text);
        }

        return files;
    }

    /// <summary>Writes the whole input to a folder, for builds outside the tests (screenshots, Lighthouse).</summary>
    public static void WriteTo(string folder)
    {
        foreach (var (path, bytes) in Input())
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }

    private static IEnumerable<(string Path, string Text)> Generate(IReadOnlyDictionary<string, byte[]> demo)
    {
        yield return ("members.csv", MembersCsv(demo));
        var demoBriefs = demo.Keys.Count(k => k.StartsWith("briefs/", StringComparison.Ordinal) && k.EndsWith(".md", StringComparison.Ordinal));
        for (var i = 0; i < Briefs - demoBriefs; i++)
        {
            yield return Brief(i);
        }

        var demoNews = demo.Keys.Count(k => k.StartsWith("news/", StringComparison.Ordinal));
        for (var i = 0; i < NewsItems - demoNews; i++)
        {
            yield return News(i);
        }

        for (var year = FirstWeekYear; year < 2026; year++)
        {
            if (!demo.ContainsKey($"awareness-week/{year}/index.md"))
            {
                yield return Week(year);
            }
        }
    }

    /// <summary>The demo's spreadsheet with rows added until the movement has <see cref="Members"/> members.</summary>
    private static string MembersCsv(IReadOnlyDictionary<string, byte[]> demo)
    {
        var csv = new StringBuilder(Encoding.UTF8.GetString(demo["members.csv"]).TrimEnd('\n') + "\n");
        var existing = demo.Keys.Count(k => k.StartsWith("members/", StringComparison.Ordinal)) + csv.ToString().Count(c => c == '\n') - 1;
        for (var i = 0; i < Members - existing; i++)
        {
            var (place, nation, region) = Places[i % Places.Length];
            var kind = MemberKinds[i / Places.Length % MemberKinds.Length];
            var type = MemberTypes[(i * 7 + i / Places.Length) % MemberTypes.Length];
            var joined = new DateOnly(2020, 6, 1).AddDays(i * 9);
            csv.Append(Invariant($"{place} {kind},{type},{nation},{region},,,\"A {MemberTypeWords(type)} in {place} that supports babies and their families in the first 1001 days.\",{joined:yyyy-MM-dd}\n"));
        }

        return csv.ToString();
    }

    private static string MemberTypeWords(string type) => type switch
    {
        "nhs-trust" => "team in the NHS",
        "local-authority" => "council service",
        "professional-body" => "professional network",
        "research" => "research group",
        "community-service" => "community service",
        _ => "charity",
    };

    private static (string, string) Brief(int i)
    {
        var subject = BriefSubjects[i % BriefSubjects.Length];
        var title = Capitalise(string.Format(CultureInfo.InvariantCulture, BriefAngles[i / BriefSubjects.Length % BriefAngles.Length], subject));
        var date = new DateOnly(2019, 1, 14).AddDays(i * 37);
        var asks = string.Concat(Enumerable.Range(1, 2 + i % 3).Select(n =>
            $"  - title: {AskTitle(n, subject)}\n    detail: Decision makers should act on {subject} so that every baby gets the loving, responsive care they need.\n"));
        return (Invariant($"briefs/{Slug(title)}.md"),
            Invariant($"---\ntitle: {title}\nsummary: What governments and local leaders can do about {subject}, and why it matters for babies' emotional wellbeing.\n") +
            Invariant($"date: {date:yyyy-MM-dd}\ntopics: [{Topics[i % Topics.Length]}, {Topics[(i + 3) % Topics.Length]}]\nnations: [{NationSets[i % NationSets.Length]}]\nasks:\n{asks}---\n\n") +
            Paragraphs(subject, 4));
    }

    private static string AskTitle(int n, string subject) => n switch
    {
        1 => $"Make {subject} a priority",
        2 => $"Fund {subject} for the long term",
        3 => $"Measure what {subject} achieves",
        _ => $"Involve parents in {subject}",
    };

    private static (string, string) News(int i)
    {
        var subject = BriefSubjects[i * 5 % BriefSubjects.Length];
        var title = Capitalise(string.Format(CultureInfo.InvariantCulture, NewsAngles[i % NewsAngles.Length], subject));
        var date = new DateOnly(2016, 3, 7).AddDays(i * 17);
        return (Invariant($"news/{date:yyyy-MM}-{Slug(title)}.md"),
            Invariant($"---\ntitle: {title}\ndate: {date:yyyy-MM-dd}\nsummary: {title}, and what it means for babies and families.\n") +
            Invariant($"topics: [{Topics[i % Topics.Length]}]\nnations: [{NationSets[i % NationSets.Length]}]\n---\n\n") + Paragraphs(subject, 3));
    }

    private static (string, string) Week(int year)
    {
        // The week runs Monday to Sunday in the second week of June, as the real ones do.
        var start = new DateOnly(year, 6, 8);
        while (start.DayOfWeek != DayOfWeek.Monday)
        {
            start = start.AddDays(1);
        }

        var theme = WeekThemes[(year - FirstWeekYear) % WeekThemes.Length];
        return (Invariant($"awareness-week/{year}/index.md"),
            Invariant($"---\ntitle: Infant Mental Health Awareness Week {year}\ntheme: {theme}\n") +
            Invariant($"summary: In {year} the week's theme was '{theme}', and members across the UK held events for babies and families.\n") +
            Invariant($"start: {start:yyyy-MM-dd}\nend: {start.AddDays(6):yyyy-MM-dd}\nhashtag: \"#IMHAW{year % 100:00}\"\n---\n\n") +
            Invariant($"Infant Mental Health Awareness Week {year} ran for seven days in June. ") + Paragraphs("babies' emotional wellbeing", 2));
    }

    private static string Paragraphs(string subject, int count) => string.Concat(Enumerable.Range(0, count).Select(n => n switch
    {
        0 => $"Babies grow through their relationships with the people who care for them. Good support for {subject} helps parents notice and respond to what their baby needs.\n\n",
        1 => $"## What needs to change\n\nToo many families cannot get help with {subject} where they live. Our members see the difference that steady, well-planned services make.\n\n",
        2 => $"## What our members say\n\nMembers across England, Scotland, Wales and Northern Ireland told us that {subject} works best when services plan together and listen to parents.\n\n",
        _ => $"## Next steps\n\nWe will keep working with decision makers on {subject}, and share what we learn with every member.\n\n",
    }));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string title) =>
        string.Join('-', new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Languages;

namespace Movement.Site.Listings;

/// <summary>
/// Every page of the member directory: all members, each nation, each type and each nation with each type,
/// each in pages of <see cref="MemberDirectory.PageSize"/>. A filter keeps the other one, so a visitor
/// narrows by nation and type together with links alone.
/// </summary>
public static class MemberDirectoryPages
{
    // The English pages' words; another language's pages take theirs in TranslatedListings and the theme.
    private static readonly InterfaceText English = InterfaceStrings.Embedded.For(Language.English);
    private static readonly string[] Alphabet = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString()), "#"];

    /// <param name="members">Every published member, A to Z.</param>
    public static IEnumerable<(string Url, string Title, string Description, object Model)> From(IReadOnlyList<Member> members)
    {
        var typeIds = MemberTypes.Ids.Where(t => members.Any(m => m.OrganisationType == t)).ToList();
        foreach (var nation in Nations.Ids.Prepend(null))
        {
            foreach (var type in typeIds.Prepend(null))
            {
                var matching = members.Where(m => Matches(m, nation, type)).ToList();

                // Every nation and type has a page, even an empty one, so links never break; a pair only when it has members.
                if (matching.Count == 0 && nation is not null && type is not null)
                {
                    continue;
                }

                foreach (var page in PagesOf(members, matching, nation, type, typeIds))
                {
                    yield return page;
                }
            }
        }
    }

    private static IEnumerable<(string, string, string, object)> PagesOf(
        IReadOnlyList<Member> members, List<Member> matching, string? nation, string? type, IReadOnlyList<string> typeIds)
    {
        var nations = Nations.Ids
            .Select(n => new FilterOption(n, Nations.NameOf(n), members.Count(m => Matches(m, n, type)), MemberDirectory.UrlOf(n, type)))
            .Where(o => o.Count > 0 || type is null || o.Id == nation)
            .Prepend(new FilterOption("", English["members_all_nations"], members.Count(m => Matches(m, null, type)), MemberDirectory.UrlOf(null, type)))
            .ToList();
        var types = typeIds
            .Select(t => new FilterOption(t, MemberTypes.NameOf(t), members.Count(m => Matches(m, nation, t)), MemberDirectory.UrlOf(nation, t)))
            .Where(o => o.Count > 0 || o.Id == type)
            .Prepend(new FilterOption("", English["members_all_types"], members.Count(m => Matches(m, nation, null)), MemberDirectory.UrlOf(nation, null)))
            .ToList();

        var pageCount = Math.Max(1, (matching.Count + MemberDirectory.PageSize - 1) / MemberDirectory.PageSize);
        var first = new MemberDirectory([], members.Count, matching.Count, nation, type, nations, types, [], 1, pageCount);
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < matching.Count; i++)
        {
            firstOf.TryAdd(MemberDirectory.LetterOf(matching[i]), i);
        }

        var letters = Alphabet
            .Select(letter => new LetterLink(letter, firstOf.TryGetValue(letter, out var index)
                ? $"{first.PageUrl(index / MemberDirectory.PageSize + 1)}#letter-{Anchor(letter)}"
                : null))
            .ToList();

        for (var page = 1; page <= pageCount; page++)
        {
            var model = first with
            {
                Members = matching.Skip((page - 1) * MemberDirectory.PageSize).Take(MemberDirectory.PageSize).ToList(),
                Letters = letters,
                Page = page,
            };
            yield return (model.PageUrl(page), PageTitleOf(model, English), English["listing_members"], model);
        }
    }

    /// <summary>The heading of a filter's pages, in the language of the words given (member-filters.js writes the same).</summary>
    public static string TitleOf(string? nation, string? type, InterfaceText text) => (nation, type) switch
    {
        (null, null) => text["members_title"],
        ({ } n, null) => text.Fill("members_in", text.Nation(n)),
        (null, { } t) => text.Fill("members_of_type", text.MemberType(t)),
        ({ } n, { } t) => text.Fill("members_in_of_type", text.Nation(n), text.MemberType(t)),
    };

    /// <summary>The title of one page of a filter: its heading, and which page it is when there are several.</summary>
    public static string PageTitleOf(MemberDirectory page, InterfaceText text) =>
        page.Page == 1 ? TitleOf(page.Nation, page.Type, text) : text.Fill("page_of_title", TitleOf(page.Nation, page.Type, text), page.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), page.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The id of a letter's heading: the letter, or 'other' for #.</summary>
    public static string Anchor(string letter) => letter == "#" ? "other" : letter.ToLowerInvariant();

    private static bool Matches(Member member, string? nation, string? type) =>
        (nation is null || member.Nations.Contains(nation)) && (type is null || member.OrganisationType == type);
}

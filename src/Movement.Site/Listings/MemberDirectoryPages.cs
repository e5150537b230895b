using Movement.Site.Content;
using Movement.Site.Content.Members;

namespace Movement.Site.Listings;

/// <summary>
/// Every page of the member directory: all members, each nation, each type and each nation with each type,
/// each in pages of <see cref="MemberDirectory.PageSize"/>. A filter keeps the other one, so a visitor
/// narrows by nation and type together with links alone.
/// </summary>
public static class MemberDirectoryPages
{
    private const string Description = "The organisations that make up the movement.";
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
            .Prepend(new FilterOption("", "All nations", members.Count(m => Matches(m, null, type)), MemberDirectory.UrlOf(null, type)))
            .ToList();
        var types = typeIds
            .Select(t => new FilterOption(t, MemberTypes.NameOf(t), members.Count(m => Matches(m, nation, t)), MemberDirectory.UrlOf(nation, t)))
            .Where(o => o.Count > 0 || o.Id == type)
            .Prepend(new FilterOption("", "All types", members.Count(m => Matches(m, nation, null)), MemberDirectory.UrlOf(nation, null)))
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

        var title = TitleOf(nation, type);
        for (var page = 1; page <= pageCount; page++)
        {
            var model = first with
            {
                Members = matching.Skip((page - 1) * MemberDirectory.PageSize).Take(MemberDirectory.PageSize).ToList(),
                Letters = letters,
                Page = page,
            };
            yield return (model.PageUrl(page), page == 1 ? title : $"{title}, page {page} of {pageCount}", Description, model);
        }
    }

    /// <summary>The heading of a filter's pages.</summary>
    public static string TitleOf(string? nation, string? type) => (nation, type) switch
    {
        (null, null) => "Member organisations",
        ({ } n, null) => $"Members in {Nations.NameOf(n)}",
        (null, { } t) => $"Members: {MemberTypes.NameOf(t)}",
        ({ } n, { } t) => $"Members in {Nations.NameOf(n)}: {MemberTypes.NameOf(t)}",
    };

    /// <summary>The id of a letter's heading: the letter, or 'other' for #.</summary>
    public static string Anchor(string letter) => letter == "#" ? "other" : letter.ToLowerInvariant();

    private static bool Matches(Member member, string? nation, string? type) =>
        (nation is null || member.Nations.Contains(nation)) && (type is null || member.OrganisationType == type);
}

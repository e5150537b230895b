using Movement.Site.Content.Members;

namespace Movement.Site.Listings;

/// <summary>
/// One page of the member directory, A–Z, filtered by a nation, a type, both or neither. Every filter and
/// every page is its own address, so the directory works without JavaScript, and a page never lists more
/// than <see cref="PageSize"/> members, so a phone never scrolls through thousands.
/// </summary>
public sealed record MemberDirectory(
    IReadOnlyList<Member> Members,
    int TotalCount,
    int MatchCount,
    string? Nation,
    string? Type,
    IReadOnlyList<FilterOption> Nations,
    IReadOnlyList<FilterOption> Types,
    IReadOnlyList<LetterLink> Letters,
    int Page,
    int PageCount)
{
    public const int PageSize = 100;

    /// <summary>The address of the filter's first page; its other pages are below it.</summary>
    public string FirstUrl => UrlOf(Nation, Type);

    /// <summary>The number of the first member on this page, counting from one.</summary>
    public int FirstNumber => (Page - 1) * PageSize + 1;

    public static string UrlOf(string? nation, string? type) =>
        "/members/" + (nation is null ? "" : $"nation/{nation}/") + (type is null ? "" : $"type/{type}/");

    public string PageUrl(int page) => page <= 1 ? FirstUrl : $"{FirstUrl}page/{page}/";

    /// <summary>The letter a member is listed under: its name's first letter, or # for a digit or symbol.</summary>
    public static string LetterOf(Member member) =>
        member.Title.Length > 0 && char.IsAsciiLetter(member.Title[0]) ? char.ToUpperInvariant(member.Title[0]).ToString() : "#";
}

using Movement.Site.Content.Members;

namespace Movement.Site.Listings;

/// <summary>
/// The member directory, A–Z, optionally filtered by one nation or one type. Each filter is its own page
/// so the directory works without JavaScript.
/// </summary>
public sealed record MemberDirectory(
    IReadOnlyList<Member> Members,
    int TotalCount,
    string? Nation,
    string? Type,
    IReadOnlyList<FilterOption> Nations,
    IReadOnlyList<FilterOption> Types);

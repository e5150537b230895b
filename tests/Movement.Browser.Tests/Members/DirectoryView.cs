namespace Movement.Browser.Tests.Members;

/// <summary>The member directory as a visitor sees it, comparable as a whole.</summary>
public sealed record DirectoryView(string Title, string Heading, string Count, IReadOnlyList<ListedMember> Members)
{
    public bool Equals(DirectoryView? other) =>
        other is not null && (Title, Heading, Count) == (other.Title, other.Heading, other.Count) && Members.SequenceEqual(other.Members);

    public override int GetHashCode() => HashCode.Combine(Title, Heading, Count, Members.Count);

    public override string ToString() => $"{Title} / {Heading} / {Count} / {Members.Count} members: {string.Join(", ", Members.Select(m => m.Name))}";
}

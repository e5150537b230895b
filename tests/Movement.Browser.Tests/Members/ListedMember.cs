namespace Movement.Browser.Tests.Members;

/// <summary>One visible entry of the directory: the name and the line under it (type and nations).</summary>
public sealed record ListedMember(string Name, string Meta)
{
    public IReadOnlyList<string> Nations => Meta.Split('·').Last().Split(',', StringSplitOptions.TrimEntries);
}

namespace Movement.Site.Settings;

/// <summary>
/// How many items a page of an API list may hold. The default keeps a page of members or news near 40 KB, quick
/// on a phone; larger pages mean fewer requests but bigger files (a page of 100 members is about 130 KB).
/// </summary>
public static class ApiPageSizes
{
    public const int Default = 25;

    public const int Smallest = 1;

    public const int Largest = 100;
}

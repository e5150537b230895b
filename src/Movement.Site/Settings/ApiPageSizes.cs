namespace Movement.Site.Settings;

/// <summary>
/// How many items a page of an API list may hold. The largest keeps every page well under 100 KB even when
/// each item carries long text and many tags; the default suits a phone on a slow connection.
/// </summary>
public static class ApiPageSizes
{
    public const int Default = 50;

    public const int Smallest = 1;

    public const int Largest = 200;
}

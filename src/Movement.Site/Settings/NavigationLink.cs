namespace Movement.Site.Settings;

public sealed record NavigationLink(string Title, string Url);

namespace MissileTracker.Web.Localization;

/// <summary>
/// The one resource of UI text. Keys are the English text itself, so English needs no resource file and a
/// string is written once, where it is used; <c>SharedResource.uk.resx</c> holds the Ukrainian for each key.
/// </summary>
public sealed class SharedResource;

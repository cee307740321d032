using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Stats;

/// <summary>
/// Low and high totals of one figure over several strikes, as UCDP gives low and high estimates: the low total
/// adds each figure's <see cref="Figure.Low"/>, the high total its <see cref="Figure.HighBound"/>; one figure with
/// no upper bound ("at least 6", "more than 70", "several dozen" without a number) leaves the high total unbounded (null).
/// </summary>
public sealed class FigureTotal
{
    private bool _unbounded;
    private int? _high;

    /// <summary>The least the figures allow together; null when none was given.</summary>
    public int? Low { get; private set; }

    /// <summary>The most the figures allow together; null when none was given or some figure sets no upper bound.</summary>
    public int? High => _unbounded ? null : _high;

    public void Add(Figure figure)
    {
        if (!figure.IsGiven)
        {
            return;
        }

        // Words without a number ("several dozen") count as at least 0 and set no upper bound.
        Low = (Low ?? 0) + (figure.Low ?? 0);
        if (figure.HighBound is { } high)
        {
            _high = (_high ?? 0) + high;
        }
        else
        {
            _unbounded = true;
        }
    }
}

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>The pod address indexes of a block: freed ones are reused first, then fresh ones in order.</summary>
internal sealed class PodAddressPool(int capacity)
{
    private readonly Stack<int> _freed = new();
    private int _nextFresh;

    public bool TryTake(out int index)
    {
        if (_freed.TryPop(out index))
        {
            return true;
        }

        index = _nextFresh;
        if (_nextFresh == capacity)
        {
            return false;
        }

        _nextFresh++;
        return true;
    }

    public void Return(int index) => _freed.Push(index);
}

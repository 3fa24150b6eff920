using Market.Engine.Internal;

namespace Market.Engine.Tests;

public sealed class JobStoreTests
{
    [Fact]
    public void Retire_EveryJobOfAFullPage_ReleasesThePageAndKeepsTheRest()
    {
        var store = new JobStore();
        for (int id = 1; id <= 600; id++)
        {
            Assert.Equal(id, store.Add(new JobState { Owner = 2, Price = id }, new JobRecord { Name = "j" + id }));
        }

        Assert.Equal(3, store.PageCount); // ids 0-255, 256-511, 512-767
        for (int id = 256; id < 512; id++)
        {
            store.Retire(id);
        }

        Assert.Equal(2, store.PageCount);
        Assert.Equal(600 - 256, store.Kept);
        Assert.False(store.Contains(300));
        Assert.Throws<ArgumentOutOfRangeException>(() => store[300].Price);
        Assert.True(store.Contains(255) && store.Contains(512));
        Assert.Equal((255L, "j255"), (store[255].Price, store.Record(255).Name));
        Assert.Equal((512L, "j512"), (store[512].Price, store.Record(512).Name));
    }

    [Fact]
    public void Retire_AllOfThePageBeingFilled_KeepsItForTheNextIds()
    {
        var store = new JobStore();
        store.Add(new JobState { Owner = 2 }, default);
        store.Retire(1);
        Assert.False(store.Contains(1));
        Assert.Equal(2, store.Add(new JobState { Owner = 3, Price = 7 }, default));
        Assert.Equal((3, 7L), (store[2].Owner, store[2].Price));
        Assert.Throws<InvalidOperationException>(() => store.Retire(1));
    }

    [Fact]
    public void Clone_AfterRetiring_IsIndependent()
    {
        var store = new JobStore();
        for (int id = 1; id <= 300; id++)
        {
            store.Add(new JobState { Owner = 2, Price = id }, default);
        }

        store.Retire(5);
        JobStore copy = store.Clone();
        store.Retire(6);
        store[7].Price = 70;
        Assert.False(copy.Contains(5));
        Assert.True(copy.Contains(6));
        Assert.Equal(7, copy[7].Price);
        Assert.Equal(299, copy.Kept);
    }
}

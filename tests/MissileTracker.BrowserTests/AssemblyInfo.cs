// One browser at a time: the browser tests share two CPU cores with the app they drive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

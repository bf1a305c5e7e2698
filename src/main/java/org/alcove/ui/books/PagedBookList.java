package org.alcove.ui.books;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.collections.ObservableListBase;

import org.alcove.catalog.browse.BookRow;
import org.alcove.ui.task.TaskExecutor;
import org.alcove.ui.task.TaskGroup;

/**
 * The books table's items: a list as long as the query's count whose rows are read from the
 * database one page at a time, in the background, when a cell first asks for them. Pages are
 * kept in a small LRU cache, so memory does not grow with the catalogue; a row whose page is
 * still loading is {@link #LOADING}, and an update event replaces it when the page arrives.
 */
public final class PagedBookList extends ObservableListBase<BookRow> {
    /** The placeholder for a row whose page is being read. */
    public static final BookRow LOADING = new BookRow(0, "", "", null, null, 0, "");

    /** Reads {@code limit} rows from {@code offset} (in a background thread). */
    @FunctionalInterface
    public interface PageLoader {
        List<BookRow> load(int offset, int limit);
    }

    private final TaskExecutor executor;
    private final int pageSize;
    private final Map<Integer, List<BookRow>> pages;
    private final Set<Integer> loading = new HashSet<>();
    private PageLoader loader = (offset, limit) -> List.of();
    private int size;
    /** The page reads of the query shown; a new query cancels them. */
    private TaskGroup round = new TaskGroup();
    private boolean inGet;

    public PagedBookList(TaskExecutor executor, int pageSize, int maxPages) {
        this.executor = executor;
        this.pageSize = pageSize;
        this.pages = new LinkedHashMap<>(maxPages * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<BookRow>> eldest) {
                return size() > maxPages;
            }
        };
    }

    /** The page size, e.g. for a caller that reads the first page itself. */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Shows a new query: {@code size} rows, the first page already read (may be empty), further
     * pages read by {@code loader}. Pages of the previous query still loading are dropped.
     */
    public void reset(int newSize, List<BookRow> firstPage, PageLoader newLoader) {
        round.cancel();
        round = new TaskGroup();
        pages.clear();
        loading.clear();
        loader = newLoader;
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        int old = size;
        size = newSize;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, LOADING));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /**
     * Changes how many rows the current query has, keeping its pages: the count arriving after
     * the first page was shown alone. Rows added are read by the loader when shown.
     */
    public void resize(int newSize) {
        int old = size;
        if (newSize == old) {
            return;
        }
        size = newSize;
        beginChange();
        if (newSize > old) {
            nextAdd(old, newSize);
        } else {
            pages.keySet().removeIf(page -> (long) page * pageSize >= newSize);
            nextRemove(newSize, Collections.nCopies(old - newSize, LOADING));
        }
        endChange();
    }

    @Override
    public BookRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<BookRow> rows = pages.get(page);
        if (rows == null) {
            inGet = true;
            try {
                request(page);
            } finally {
                inGet = false;
            }
            rows = pages.get(page);
            if (rows == null) {
                return LOADING;
            }
        }
        int at = index - page * pageSize;
        return at < rows.size() ? rows.get(at) : LOADING;
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the row at {@code index} is read (not a placeholder); reads nothing. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    /**
     * The ids of the rows at {@code indices}, for a bulk edit of the selection: the rows in memory
     * are taken now (on the FX thread), and what it returns reads the others page by page through
     * the query's loader when called — in the background — without touching the cache.
     */
    public java.util.function.Supplier<List<Long>> idsOf(int[] indices) {
        PageLoader source = loader;
        Long[] known = new Long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            List<BookRow> rows = index >= 0 && index < size ? pages.get(index / pageSize) : null;
            int at = index - (index / pageSize) * pageSize;
            if (rows != null && at < rows.size()) {
                known[i] = rows.get(at).id();
            }
        }
        return () -> {
            Map<Integer, List<BookRow>> read = new java.util.HashMap<>();
            List<Long> ids = new java.util.ArrayList<>(indices.length);
            for (int i = 0; i < indices.length; i++) {
                if (known[i] != null) {
                    ids.add(known[i]);
                    continue;
                }
                int page = indices[i] / pageSize;
                List<BookRow> rows = read.computeIfAbsent(page, p -> source.load(p * pageSize, pageSize));
                int at = indices[i] - page * pageSize;
                if (at < rows.size()) {
                    ids.add(rows.get(at).id());
                }
            }
            return ids;
        };
    }

    /** The number of pages held in memory now. */
    public int cachedPages() {
        return pages.size();
    }

    /** The index of the book {@code id} among the rows in memory, or -1; reads nothing. */
    public int indexOfBook(long id) {
        for (Map.Entry<Integer, List<BookRow>> e : pages.entrySet()) {
            List<BookRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == id) {
                    return e.getKey() * pageSize + i;
                }
            }
        }
        return -1;
    }

    /** Looks only among the rows in memory: searching the whole list would read every page. */
    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<BookRow>> e : pages.entrySet()) {
            int i = e.getValue().indexOf(o);
            if (i >= 0) {
                return e.getKey() * pageSize + i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        TaskGroup r = round;
        PageLoader source = loader;
        int offset = page * pageSize;
        r.add(executor.submit(() -> source.load(offset, pageSize), rows -> arrived(r, page, rows), error -> loading.remove(page)));
    }

    private void arrived(TaskGroup r, int page, List<BookRow> rows) {
        if (r.isCancelled()) {
            return;
        }
        loading.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * pageSize;
        int to = Math.min(size, from + rows.size());
        if (inGet) {
            // read at once (a synchronous executor): tell the table later, not from inside get()
            Platform.runLater(() -> fireUpdated(r, from, to));
        } else {
            fireUpdated(r, from, to);
        }
    }

    private void fireUpdated(TaskGroup r, int from, int to) {
        if (r.isCancelled() || from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }
}

package org.alcove.cli;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.browse.BookDraft;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.EditConflictException;
import org.alcove.catalog.browse.EditedBook;
import org.alcove.catalog.circulation.Circulation;
import org.alcove.catalog.circulation.CirculationException;
import org.alcove.catalog.circulation.LoanRow;

/**
 * One desk of {@link SharedCatalogueConcurrencyTest}, run in a child JVM: {@code OPS} times it opens a
 * book in the editor (one of the shared books every desk edits, or its own), lends or takes back a
 * copy from the shared shelf while the form is open, then saves the form with one more page and
 * its own token as publisher. A save refused because another desk saved first is logged and made
 * again over theirs, as the window's "keep mine" does. Each step prints one line the test counts:
 *
 * <pre>
 * EDITED id version token   a save that went through, and the version it made
 * CONFLICT id               a save refused with EditConflictException (nothing written)
 * LENT barcode | RETURNED barcode | REFUSED barcode message
 * </pre>
 *
 * Anything else thrown ends the JVM with a stack trace on stderr, which the test refuses.
 */
final class SharedDeskWorkload {
    static final int SHARED_BOOKS = 4;
    static final int COPIES = 8;

    private SharedDeskWorkload() {
    }

    /** {@code URL DESK OPS}: the shared catalogue, this desk's number (0-3) and how many edits (and loans) to make. */
    public static void main(String[] args) {
        String url = args[0];
        int desk = Integer.parseInt(args[1]);
        int ops = Integer.parseInt(args[2]);
        Random random = new Random(desk * 7919L + ops);
        StringBuilder log = new StringBuilder();
        try (Catalog catalog = Catalog.open(url, false)) {
            BookEditing editing = new BookEditing(catalog);
            Circulation circulation = new Circulation(catalog);
            List<Long> shared = catalog.books().filter("title__startswith", "Shared ").orderBy("title").valuesListFlat("id", Long.class).list();
            long own = catalog.books().get("title", "Own " + desk).getId();
            String card = "DESK" + desk;
            for (int i = 0; i < ops; i++) {
                long id = i % 2 == 0 ? shared.get(random.nextInt(shared.size())) : own;
                EditedBook opened = editing.open(id).orElseThrow();
                lendOrReturn(circulation, card, "C" + random.nextInt(COPIES), log);
                save(editing, opened, "desk" + desk + "-" + i, log);
                if (log.length() > 8192) {
                    System.out.print(log);
                    log.setLength(0);
                }
            }
        }
        System.out.print(log);
        System.out.flush();
    }

    private static void save(BookEditing editing, EditedBook opened, String token, StringBuilder log) {
        EditedBook base = opened;
        while (true) {
            BookDraft d = base.draft();
            BookDraft.More m = d.more();
            BookDraft mine = new BookDraft(d.title(), d.authorName(), d.published(), d.genre(), Integer.toString(Integer.parseInt(d.pages()) + 1),
                    d.isbn(), new BookDraft.More(m.series(), m.seriesIndex(), m.firstPublished(), token, m.language(), m.format(), m.status(),
                            m.rating(), m.tags(), m.contributors()));
            try {
                EditedBook saved = editing.saveOver(base, mine);
                log.append("EDITED ").append(saved.id()).append(' ').append(saved.version()).append(' ').append(token).append('\n');
                return;
            } catch (EditConflictException e) {
                log.append("CONFLICT ").append(base.id()).append('\n');
                base = e.theirs();
            }
        }
    }

    private static void lendOrReturn(Circulation circulation, String card, String barcode, StringBuilder log) {
        try {
            Optional<LoanRow> out = circulation.openLoan(barcode);
            if (out.isPresent() && card.equals(out.get().card())) {
                circulation.giveBack(barcode);
                log.append("RETURNED ").append(barcode).append('\n');
            } else {
                circulation.checkout(card, barcode, null);
                log.append("LENT ").append(barcode).append('\n');
            }
        } catch (CirculationException e) {
            log.append("REFUSED ").append(barcode).append(' ').append(e.getMessage().replace('\n', ' ')).append('\n');
        }
    }

    /** The books the workload edits, for the test to make: {@code Shared 0..3} and {@code Own 0..3}. */
    static List<String> titles() {
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < SHARED_BOOKS; i++) {
            titles.add("Shared " + i);
        }
        for (int desk = 0; desk < 4; desk++) {
            titles.add("Own " + desk);
        }
        return titles;
    }
}

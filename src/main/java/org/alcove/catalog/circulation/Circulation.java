package org.alcove.catalog.circulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Hold;
import org.alcove.catalog.Loan;
import org.alcove.catalog.LoanPolicy;
import org.alcove.catalog.LoanTally;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.io.InvalidValueException;
import org.alcove.catalog.io.Isbn;
import org.alcove.catalog.trash.RowSnapshot;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashException;
import org.alcove.catalog.undo.UndoHistory;
import org.alcove.orm.Count;
import org.alcove.orm.Database;
import org.alcove.orm.F;
import org.alcove.orm.IntegrityError;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;
import org.alcove.orm.Sum;

/**
 * Lending: check a copy out to a borrower, renew, return, mark lost, hold a book; the lists and the
 * privacy purge. Every step runs in one transaction and either does all it says or, refused with a
 * {@link CirculationException} naming why, changes nothing. "Today" comes from the clock given, so
 * tests can live through a school term in a second.
 */
public final class Circulation {
    private final Database db;
    private final Clock clock;
    /** Borrowers added, edited and deleted are steps of the catalogue's undo history. */
    private final UndoHistory history;

    public Circulation(Catalog catalog) {
        this(catalog, Clock.systemDefaultZone());
    }

    public Circulation(Catalog catalog, Clock clock) {
        this.db = catalog.db();
        this.clock = clock;
        this.history = new UndoHistory(db);
    }

    /** Today, by the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a scanned code is: a borrower's card, a copy's barcode, or neither. */
    public enum CodeKind {
        CARD, COPY, UNKNOWN
    }

    /** Whether {@code code} is a card number or a copy's barcode (a card wins, should one code be both). */
    public CodeKind identify(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            return CodeKind.UNKNOWN;
        }
        if (db.objects(Borrower.class).filter("card", c).exists()) {
            return CodeKind.CARD;
        }
        return db.objects(Copy.class).filter("barcode", c).exists() ? CodeKind.COPY : CodeKind.UNKNOWN;
    }

    /** Every borrower, by name. */
    public List<Borrower> borrowers() {
        return db.objects(Borrower.class).list();
    }

    /**
     * The borrowers whose name, card or group contains {@code text} (all when blank), by name, each
     * with the copies they have out and overdue: one grouped query.
     *
     * @param limit how many at most
     */
    public List<BorrowerRow> borrowerRows(String text, int limit) {
        QuerySet<Borrower> qs = db.objects(Borrower.class);
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            qs = qs.filter(Q.of("name__unaccent__icontains", t).or(Q.of("card__icontains", t))
                    .or(Q.of("group__icontains", t)));
        }
        List<BorrowerRow> rows = new ArrayList<>();
        for (Borrower b : qs.annotate("out", Count.of("loans").filter(Loan.out("loans__")))
                .annotate("late", Count.of("loans").filter(Loan.overdue("loans__", today())))
                .orderBy("name", "card").limit(limit)) {
            rows.add(new BorrowerRow(b.getName(), b.getCard(), b.getGroup(), b.isActive(), num(b.annotation("out")).longValue(),
                    num(b.annotation("late")).longValue()));
        }
        return rows;
    }

    /** The borrower with card {@code card}. @throws CirculationException when there is none */
    public Borrower borrower(String card) {
        String c = clean(card, "card number");
        return db.objects(Borrower.class).filter("card", c).first()
                .orElseThrow(() -> new CirculationException("No borrower has card '" + c + "'."));
    }

    /** The copy with barcode {@code barcode}, its book loaded. @throws CirculationException when there is none */
    public Copy copy(String barcode) {
        String b = clean(barcode, "barcode");
        return db.objects(Copy.class).filter("barcode", b).selectRelated("book").first()
                .orElseThrow(() -> new CirculationException("No copy has barcode '" + b + "'."));
    }

    /** The book a code names: the book of the copy with that barcode, else the book with that ISBN (10 or 13 digits). */
    public Optional<Book> findBook(String code) {
        String c = clean(code, "barcode or ISBN");
        Optional<Book> byCopy = db.objects(Copy.class).filter("barcode", c).selectRelated("book").first().map(Copy::getBook);
        if (byCopy.isPresent()) {
            return byCopy;
        }
        List<String> forms = new ArrayList<>(List.of(Isbn.normalise(c)));
        try {
            forms.add(Isbn.toIsbn13(c));
        } catch (InvalidValueException notAnIsbn) {
            // only the code as typed is looked up
        }
        return db.objects(Book.class).filter("isbn__in", forms).first();
    }

    /**
     * Adds a borrower.
     *
     * @throws CirculationException when the card belongs to someone already, or the name or card is not one to keep
     */
    public Borrower addBorrower(String name, String card, String group, String contact) {
        Borrower b;
        try {
            b = new Borrower(name, card).setGroup(group).setContact(contact);
        } catch (IllegalArgumentException e) {
            throw new CirculationException(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
        }
        Optional<Borrower> holder = db.objects(Borrower.class).filter("card", b.getCard()).first();
        if (holder.isPresent()) {
            throw new CirculationException("Card " + b.getCard() + " belongs to " + holder.get().getName() + " already; nothing changed.");
        }
        return db.atomic(() -> {
            Borrower created = db.objects(Borrower.class).create(b);
            history.recordCreate("Add Borrower " + created.getName(),
                    TrashKind.BORROWER, created.getId());
            return created;
        });
    }

    /**
     * Changes the borrower with {@code card}: each argument that is not null replaces what they have
     * (a card made inactive keeps its history and its loans; it only cannot borrow).
     *
     * @throws CirculationException when the card is unknown, the name blank, or another desk changed
     *     the borrower at the same moment (nothing is then changed)
     */
    public Borrower updateBorrower(String card, String name, String group, String contact, Boolean active) {
        try {
            return updateBorrowerInTransaction(card, name, group, contact, active);
        } catch (org.alcove.orm.StaleObjectError e) {
            throw new CirculationException("The borrower with card " + card.strip() + " was changed at another desk at the same moment;"
                    + " nothing changed: make the change again.");
        }
    }

    private Borrower updateBorrowerInTransaction(String card, String name, String group, String contact, Boolean active) {
        return db.atomic(() -> {
            Borrower b = borrower(card);
            RowSnapshot before = RowSnapshot.ofEdit(db, TrashKind.BORROWER, b.getId());
            try {
                if (name != null) {
                    b.setName(name);
                }
            } catch (IllegalArgumentException e) {
                throw new CirculationException("A borrower needs a name; nothing changed.");
            }
            if (group != null) {
                b.setGroup(group);
            }
            if (contact != null) {
                b.setContact(contact);
            }
            if (active != null) {
                b.setActive(active);
            }
            b.save();
            history.recordEdit("Edit Borrower " + b.getName(), TrashKind.BORROWER, b.getId(), before);
            return b;
        });
    }

    /**
     * Deletes the borrower with {@code card} into the trash (their holds with them; their loan history
     * keeps the loans without a name until the borrower is restored); undoable.
     *
     * @throws CirculationException when the card is unknown or the borrower still has a copy out
     */
    public void deleteBorrower(String card) {
        Borrower b = borrower(card);
        Trash trash = new Trash(db);
        try {
            db.atomic(() -> {
                trash.refuseWhileOnLoan(TrashKind.BORROWER, b.getId());
                trash.discard(TrashKind.BORROWER, b.getId()).ifPresent(item ->
                        history.recordDelete("Delete Borrower " + b.getName(), item));
            });
        } catch (TrashException e) {
            throw new CirculationException(e.getMessage());
        }
    }

    /** The policy for {@code group}: its own, else the default (blank group), else the built-in one. */
    public LoanPolicy policyFor(String group) {
        String g = group == null ? "" : group.strip();
        return db.objects(LoanPolicy.class).filter("group", g).first()
                .or(() -> db.objects(LoanPolicy.class).filter("group", "").first())
                .orElseGet(LoanPolicy::builtIn);
    }

    /** Sets the policy for {@code group} (blank: the default), replacing the one it had. */
    public LoanPolicy setPolicy(String group, int loanDays, int maxRenewals, int maxLoans) {
        LoanPolicy policy = new LoanPolicy(group, loanDays, maxRenewals, maxLoans);
        return db.atomic(() -> {
            db.objects(LoanPolicy.class).filter("group", policy.getGroup()).delete();
            return db.objects(LoanPolicy.class).create(policy);
        });
    }

    /** Every policy set, by group. */
    public List<LoanPolicy> policies() {
        return db.objects(LoanPolicy.class).list();
    }

    /**
     * Lends the copy {@code barcode} to the borrower with {@code card}, due on {@code due} or, when
     * that is null, after the loan days of the borrower's group.
     *
     * @throws CirculationException when the card or barcode is unknown, the card inactive, the copy
     *     out or lost, the borrower at the group's limit, the book held for someone ahead, or the due
     *     date in the past
     */
    public Checkout checkout(String card, String barcode, LocalDate due) {
        try {
            return db.atomic(() -> checkoutInTransaction(card, barcode, due));
        } catch (IntegrityError e) {
            // Another desk lent the copy between our check and our insert: the partial unique index said no.
            throw new CirculationException("Copy '" + barcode.strip() + "' was just lent at another desk; nothing changed.");
        }
    }

    private Checkout checkoutInTransaction(String card, String barcode, LocalDate due) {
        Borrower borrower = borrower(card);
        requireActive(borrower);
        Copy copy = copy(barcode);
        Book book = copy.getBook();
        Optional<Loan> open = openLoan(copy);
        if (open.isPresent()) {
            Loan l = open.get();
            String who = l.getBorrower() == null ? "a deleted borrower" : l.getBorrower().getName();
            if (l.isLost()) {
                throw new CirculationException("Copy '" + copy.getBarcode() + "' (" + book.getTitle() + ") is marked lost since its loan to "
                        + who + "; scan it alone to return it first.");
            }
            if (l.getBorrower() != null && l.getBorrower().getId().equals(borrower.getId())) {
                throw new CirculationException("Copy '" + copy.getBarcode() + "' (" + book.getTitle() + ") is already on loan to " + who
                        + ", due " + l.getDue() + ".");
            }
            throw new CirculationException("Copy '" + copy.getBarcode() + "' (" + book.getTitle() + ") is on loan to " + who
                    + " until " + l.getDue() + "; return it before lending it again.");
        }
        LoanPolicy policy = policyFor(borrower.getGroup());
        long out = db.objects(Loan.class).filter("borrower", borrower).filter(Loan.out("")).count();
        if (policy.getMaxLoans() > 0 && out >= policy.getMaxLoans()) {
            throw new CirculationException(borrower.getName() + " has " + out + " copies out, the most "
                    + (borrower.getGroup().isEmpty() ? "a borrower" : "the group '" + borrower.getGroup() + "'") + " may have.");
        }
        LocalDate today = today();
        LocalDate dueDate = due != null ? due : today.plusDays(policy.getLoanDays());
        if (dueDate.isBefore(today)) {
            throw new CirculationException("The due date " + dueDate + " is in the past.");
        }
        List<Hold> queue = openHolds(book);
        Optional<Hold> own = queue.stream().filter(h -> h.getBorrower().getId().equals(borrower.getId())).findFirst();
        int ahead = own.map(queue::indexOf).orElse(queue.size());
        if (ahead > 0) {
            long onShelf = db.objects(Copy.class).filter("book", book).count()
                    - db.objects(Loan.class).filter("copy__book", book).filter(Loan.out("")).count();
            if (ahead >= onShelf) {
                Hold first = queue.get(0);
                throw new CirculationException("'" + book.getTitle() + "' is held for " + first.getBorrower().getName() + " (since "
                        + first.getPlaced() + ")" + (ahead > 1 ? " and " + (ahead - 1) + " more" : "") + "; no copy is free for "
                        + borrower.getName() + ".");
            }
        }
        Loan loan = db.objects(Loan.class).create(new Loan(copy, borrower, today, dueDate));
        own.ifPresent(h -> {
            h.setClosed(today);
            h.save();
        });
        return new Checkout(row(loan, today), own.isPresent());
    }

    /**
     * Ends the open loan of the copy {@code barcode} today (a lost copy is found); names the first
     * borrower waiting for the book, if any.
     *
     * @throws CirculationException when the barcode is unknown or the copy is not out
     */
    public Return giveBack(String barcode) {
        return db.atomic(() -> {
            Copy copy = copy(barcode);
            Loan loan = openLoan(copy).orElseThrow(() -> new CirculationException("Copy '" + copy.getBarcode() + "' ("
                    + copy.getBook().getTitle() + ") is not on loan."));
            boolean wasLost = loan.isLost();
            LocalDate today = today();
            loan.setReturned(today.isBefore(loan.getLoaned()) ? loan.getLoaned() : today).setLost(false);
            loan.save();
            List<Hold> queue = openHolds(copy.getBook());
            Optional<HoldRow> waiting = queue.isEmpty() ? Optional.empty() : Optional.of(holdRow(queue.get(0), 1));
            return new Return(row(loan, today), wasLost, waiting);
        });
    }

    /**
     * Extends the open loan of the copy {@code barcode} by the group's loan days from today.
     *
     * @throws CirculationException when the copy is not out, is lost, was renewed as often as the
     *     group allows, or someone waits for the book
     */
    public LoanRow renew(String barcode) {
        return db.atomic(() -> {
            Copy copy = copy(barcode);
            Loan loan = openLoan(copy).orElseThrow(() -> new CirculationException("Copy '" + copy.getBarcode() + "' is not on loan."));
            if (loan.isLost()) {
                throw new CirculationException("Copy '" + copy.getBarcode() + "' is marked lost; it cannot be renewed.");
            }
            String group = loan.getBorrower() == null ? loan.getGroup() : loan.getBorrower().getGroup();
            LoanPolicy policy = policyFor(group);
            if (loan.getRenewals() >= policy.getMaxRenewals()) {
                throw new CirculationException("Copy '" + copy.getBarcode() + "' was renewed " + loan.getRenewals() + " time"
                        + (loan.getRenewals() == 1 ? "" : "s") + ", the most allowed; it is due " + loan.getDue() + ".");
            }
            List<Hold> queue = openHolds(copy.getBook());
            if (!queue.isEmpty() && (loan.getBorrower() == null || !queue.get(0).getBorrower().getId().equals(loan.getBorrower().getId()))) {
                throw new CirculationException("'" + copy.getBook().getTitle() + "' is held for " + queue.get(0).getBorrower().getName()
                        + "; the loan cannot be renewed.");
            }
            LocalDate today = today();
            LocalDate newDue = today.plusDays(policy.getLoanDays());
            loan.renewed(newDue.isAfter(loan.getDue()) ? newDue : loan.getDue());
            loan.save();
            return row(loan, today);
        });
    }

    /** Marks the copy {@code barcode}, out on loan, as lost; its loan stays open until it is found. */
    public LoanRow markLost(String barcode) {
        return db.atomic(() -> {
            Copy copy = copy(barcode);
            Loan loan = openLoan(copy).orElseThrow(() -> new CirculationException("Copy '" + copy.getBarcode()
                    + "' is not on loan; only a copy out on loan can be marked lost."));
            loan.setLost(true);
            loan.save();
            return row(loan, today());
        });
    }

    /**
     * Puts the borrower with {@code card} in the queue for {@code book}.
     *
     * @throws CirculationException when the card is unknown or inactive, or the borrower already waits for it
     */
    public HoldRow placeHold(String card, Book book) {
        return db.atomic(() -> {
            Borrower borrower = borrower(card);
            requireActive(borrower);
            List<Hold> queue = openHolds(book);
            if (queue.stream().anyMatch(h -> h.getBorrower().getId().equals(borrower.getId()))) {
                throw new CirculationException(borrower.getName() + " already waits for '" + book.getTitle() + "'.");
            }
            Hold hold = db.objects(Hold.class).create(new Hold(book, borrower, today()));
            return holdRow(hold, queue.size() + 1);
        });
    }

    /** Cancels an open hold. @throws CirculationException when there is no open hold with that id */
    public void cancelHold(long holdId) {
        db.atomic(() -> {
            Hold hold = db.objects(Hold.class).filter("id", holdId).filter("closed__isnull", true).first()
                    .orElseThrow(() -> new CirculationException("No open hold #" + holdId + "."));
            hold.setClosed(today());
            hold.save();
        });
    }

    /** The open holds on {@code book}, first in the queue first. */
    public List<HoldRow> holds(Book book) {
        List<HoldRow> out = new ArrayList<>();
        List<Hold> queue = openHolds(book);
        for (int i = 0; i < queue.size(); i++) {
            out.add(holdRow(queue.get(i), i + 1));
        }
        return out;
    }

    /** Which loans {@link #loans} lists. */
    public enum Scope {
        /** Copies out now (on loan or lost). */
        OPEN,
        /** Copies out past their due date, most days late first. */
        OVERDUE,
        /** Every loan kept, newest first. */
        ALL
    }

    /** The loans in {@code scope}, for one borrower's card when {@code card} is given. */
    public List<LoanRow> loans(Scope scope, String card) {
        LocalDate today = today();
        QuerySet<Loan> qs = db.objects(Loan.class).selectRelated("book", "borrower");
        if (card != null) {
            qs = qs.filter("borrower", borrower(card));
        }
        qs = switch (scope) {
            case OPEN -> qs.filter(Loan.out("")).orderBy("due", "id");
            case OVERDUE -> qs.filter(Loan.overdue("", today)).orderBy("due", "id");
            case ALL -> qs;
        };
        List<LoanRow> out = new ArrayList<>();
        for (Loan l : qs) {
            out.add(row(l, today));
        }
        return out;
    }

    /** The overdue loans, most days late first. */
    public List<LoanRow> overdue() {
        return loans(Scope.OVERDUE, null);
    }

    /** The open loan of the copy {@code barcode}, if it is out. */
    public Optional<LoanRow> openLoan(String barcode) {
        return openLoan(copy(barcode)).map(l -> row(l, today()));
    }

    /**
     * Deletes the history of loans returned more than {@code months} months ago, keeping for each
     * month, group and book only how many loans there were ({@link LoanTally}), so the statistics
     * stay whole and no borrower is named. Open loans are never purged.
     *
     * @return how many loans were deleted
     */
    public int purgeHistory(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months must be 0 or more, not " + months);
        }
        LocalDate before = today().minusMonths(months);
        return db.atomic(() -> {
            QuerySet<Loan> old = db.objects(Loan.class).filter("returned__lt", before);
            // Unordered, so the loans group by month, group and book alone (an ordering would be grouped by too).
            for (Map<String, Object> r : old.orderBy().annotate("y", F.of("loaned__year")).annotate("m", F.of("loaned__month"))
                    .values("y", "m", "group", "book").annotate("n", Count.of("id"))) {
                String month = YearMonth.of(num(r.get("y")).intValue(), num(r.get("m")).intValue()).toString();
                String group = (String) r.get("group");
                int n = num(r.get("n")).intValue();
                QuerySet<LoanTally> same = db.objects(LoanTally.class).filter("month", month).filter("group", group);
                Book book = null;
                if (r.get("book") == null) {
                    same = same.filter("book__isnull", true);
                } else {
                    book = new Book();
                    book.setId(num(r.get("book")).longValue());
                    same = same.filter("book", book);
                }
                Optional<LoanTally> existing = same.first();
                if (existing.isPresent()) {
                    existing.get().add(n).save();
                } else {
                    db.objects(LoanTally.class).create(new LoanTally(month, group, book, n));
                }
            }
            return old.delete().total();
        });
    }

    /**
     * Lending figures for the last {@code months} months (loans per month) and all time (most
     * borrowed books, loans per group), purged history included through its tallies.
     *
     * @param top how many books to name among the most borrowed
     */
    public CirculationStats stats(int months, int top) {
        LocalDate today = today();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(Math.max(1, months) - 1L);
        Map<String, Long> perMonth = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), 0L);
        }
        QuerySet<Loan> loans = db.objects(Loan.class).orderBy();
        for (Map<String, Object> r : loans.filter("loaned__gte", first.atDay(1)).annotate("y", F.of("loaned__year"))
                .annotate("m", F.of("loaned__month")).values("y", "m").annotate("n", Count.of("id"))) {
            perMonth.computeIfPresent(YearMonth.of(num(r.get("y")).intValue(), num(r.get("m")).intValue()).toString(),
                    (k, v) -> v + num(r.get("n")).longValue());
        }
        QuerySet<LoanTally> tallies = db.objects(LoanTally.class).orderBy();
        for (Map<String, Object> r : tallies.filter("month__gte", first.toString()).values("month").annotate("n", Sum.of("loans"))) {
            perMonth.computeIfPresent((String) r.get("month"), (k, v) -> v + num(r.get("n")).longValue());
        }
        List<CirculationStats.Count> months2 = perMonth.entrySet().stream().map(e -> new CirculationStats.Count(e.getKey(), e.getValue())).toList();

        Map<Long, Long> perBook = new HashMap<>();
        for (Map<String, Object> r : loans.filter("book__isnull", false).values("book").annotate("n", Count.of("id"))) {
            perBook.merge(num(r.get("book")).longValue(), num(r.get("n")).longValue(), Long::sum);
        }
        for (Map<String, Object> r : tallies.filter("book__isnull", false).values("book").annotate("n", Sum.of("loans"))) {
            perBook.merge(num(r.get("book")).longValue(), num(r.get("n")).longValue(), Long::sum);
        }
        List<Map.Entry<Long, Long>> ranked = new ArrayList<>(perBook.entrySet());
        ranked.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        ranked = ranked.subList(0, Math.min(top, ranked.size()));
        Map<Long, Book> books = ranked.isEmpty() ? Map.of() : db.objects(Book.class).inBulk(ranked.stream().map(Map.Entry::getKey).toList());
        List<CirculationStats.Count> most = ranked.stream()
                .map(e -> new CirculationStats.Count(books.containsKey(e.getKey()) ? books.get(e.getKey()).getTitle() : "", e.getValue())).toList();

        Map<String, Long> perGroup = new HashMap<>();
        for (Map<String, Object> r : loans.values("group").annotate("n", Count.of("id"))) {
            perGroup.merge((String) r.get("group"), num(r.get("n")).longValue(), Long::sum);
        }
        for (Map<String, Object> r : tallies.values("group").annotate("n", Sum.of("loans"))) {
            perGroup.merge((String) r.get("group"), num(r.get("n")).longValue(), Long::sum);
        }
        Map<String, Long> overdueGroup = new HashMap<>();
        QuerySet<Loan> overdue = loans.filter(Loan.overdue("", today));
        for (Map<String, Object> r : overdue.values("group").annotate("n", Count.of("id"))) {
            overdueGroup.put((String) r.get("group"), num(r.get("n")).longValue());
        }
        return new CirculationStats(months2, most, ranked(perGroup), ranked(overdueGroup),
                loans.filter(Loan.out("")).count(), overdue.count());
    }

    private static List<CirculationStats.Count> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CirculationStats.Count(e.getKey().isEmpty() ? "(no group)" : e.getKey(), e.getValue())).toList();
    }

    private static Number num(Object value) {
        return value instanceof Number n ? n : 0;
    }

    private Optional<Loan> openLoan(Copy copy) {
        return db.objects(Loan.class).filter("copy", copy).filter(Loan.out("")).selectRelated("borrower").first();
    }

    private List<Hold> openHolds(Book book) {
        return db.objects(Hold.class).filter("book", book).filter("closed__isnull", true).selectRelated("borrower", "book").list();
    }

    private HoldRow holdRow(Hold h, int position) {
        Book book = h.getBook();
        return new HoldRow(h.getId(), book.getId(), book.getTitle(), h.getBorrower().getName(), h.getBorrower().getCard(), h.getPlaced(), position);
    }

    private static LoanRow row(Loan l, LocalDate today) {
        Book book = l.getBook();
        Borrower b = l.getBorrower();
        return new LoanRow(l.getId(), l.getBarcode(), book == null ? "" : book.getTitle(), b == null ? "" : b.getName(),
                b == null ? "" : b.getCard(), l.getGroup(), l.getLoaned(), l.getDue(), l.getReturned(), l.getRenewals(), l.isLost(),
                l.daysLate(today));
    }

    private static void requireActive(Borrower borrower) {
        if (!borrower.isActive()) {
            throw new CirculationException(borrower.getName() + "'s card (" + borrower.getCard() + ") is inactive.");
        }
    }

    /** The code as scanned, without the spaces or line break a scanner or a paste may add. */
    private static String clean(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new CirculationException("Scan or type a " + what + ".");
        }
        return code.strip();
    }
}

package org.alcove.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.DecimalField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Index;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/**
 * A physical copy of a book: its barcode (unique when given), where it stands (location, call
 * number in Dewey or LoC), when it came and what it cost, and its condition. A book has any number.
 */
@Meta(table = "copy", ordering = {"book", "barcode"}, indexes = @Index(fields = "location"))
public class Copy extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "copies")
    private Book book;

    @CharField(maxLength = 40, nullable = true, blank = true, unique = true)
    private String barcode;

    @CharField(maxLength = 100, blank = true, defaultValue = "")
    private String location = "";

    @CharField(maxLength = 40, blank = true, defaultValue = "")
    private String callNumber = "";

    @DateField(nullable = true, blank = true)
    private LocalDate acquired;

    @DecimalField(maxDigits = 10, decimalPlaces = 2, nullable = true, blank = true)
    private BigDecimal price;

    @CharField(maxLength = 40, blank = true, defaultValue = "")
    private String condition = "";

    public Copy() {
    }

    public Copy(Book book, String barcode) {
        this.book = book;
        this.barcode = barcode == null || barcode.isBlank() ? null : barcode.strip();
    }

    public Book getBook() {
        touch("book");
        return book;
    }

    public String getBarcode() {
        touch("barcode");
        return barcode;
    }

    public Copy setBarcode(String barcode) {
        this.barcode = barcode == null || barcode.isBlank() ? null : barcode.strip();
        return this;
    }

    public String getLocation() {
        touch("location");
        return location;
    }

    public Copy setLocation(String location) {
        this.location = location == null ? "" : location;
        return this;
    }

    public String getCallNumber() {
        touch("callNumber");
        return callNumber;
    }

    public Copy setCallNumber(String callNumber) {
        this.callNumber = callNumber == null ? "" : callNumber;
        return this;
    }

    public LocalDate getAcquired() {
        touch("acquired");
        return acquired;
    }

    public Copy setAcquired(LocalDate acquired) {
        this.acquired = acquired;
        return this;
    }

    public BigDecimal getPrice() {
        touch("price");
        return price;
    }

    /** @throws IllegalArgumentException for a negative price */
    public Copy setPrice(BigDecimal price) {
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("a copy's price cannot be negative (" + price + ")");
        }
        this.price = price;
        return this;
    }

    public String getCondition() {
        touch("condition");
        return condition;
    }

    public Copy setCondition(String condition) {
        this.condition = condition == null ? "" : condition;
        return this;
    }
}

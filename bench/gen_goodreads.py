# A Goodreads library export of N rows for measuring imports: python3 bench/gen_goodreads.py OUT.csv N
# (230000 rows make 55 MB). The 24-column header, 20,000 authors, two shelves a row, ="..." ISBNs with every
# sixth row empty, a series suffix on every fourth title, reviews, read counts and owned copies. Seeded: the same file each run.
import random, sys
random.seed(7)
hdr="Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies"
def chk13(t):
    s=sum(int(c)*(1 if i%2==0 else 3) for i,c in enumerate(t)); return t+str((10-s%10)%10)
shelves=["fiction","history","science","to-read","favorites","sci-fi","biography","owned","kindle","2019-reads"]
out=open(sys.argv[1],"w",encoding="utf-8",newline="")
out.write(hdr+"\r\n")
n=int(sys.argv[2])
for i in range(n):
    first=random.choice(["Ann","Bob","Chloé","Dmitri","Émile","Fatima","Gus","Hana"]); last="Writer%d"%(i%20000)
    isbn='=""""' if i%6==0 else '=""%s""'%chk13("978%09d"%i)
    title="Book number %d of the great shelf"%i + (" (Saga %d, #%d)"%(i%500, i%7+1) if i%4==0 else "")
    sh=", ".join(random.sample(shelves,2))
    out.write('%d,"%s",%s %s,"%s, %s",%s,"=""""","%s",%d,3.9,Publisher %d,Paperback,%d,%d,%d,2020/01/%02d,2020/01/01,"%s",,%s,%s,,,%d,%d\r\n'%(
        i,title,first,last,last,first,("Co Author%d"%(i%100) if i%10==0 else ""),isbn,i%6,i%300,100+i%700,1990+i%30,1900+i%120,1+i%28,sh,
        random.choice(["read","to-read","currently-reading"]),("great book "*5 if i%3==0 else ""),i%3,i%2))

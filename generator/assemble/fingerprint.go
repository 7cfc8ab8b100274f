package assemble

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// Fingerprint is a hash of the View: with the site key, all its page's
// bytes depend on. It hashes every exported field, recursively, as the
// layout can read it (a field tagged `json:"-"` is left out: the site key
// covers it, or it is made from the others when the page is rendered),
// and a chart by the plain values its option is made from
// (chart.Chart.Spec) rather than the option, which a page kept from the
// previous build never makes. Every value is written with its length or
// kind, so that two different Views cannot write the same bytes.
func (v *View) Fingerprint() (string, error) {
	f := fingerprinters.Get().(*fingerprinter)
	defer fingerprinters.Put(f)
	f.b, f.err = f.b[:0], nil
	f.value(reflect.ValueOf(v).Elem())
	if f.err != nil {
		return "", f.err
	}
	sum := sha256.Sum256(f.b)
	return hex.EncodeToString(sum[:16]), nil
}

// fingerprinter writes a value's bytes for its hash.
type fingerprinter struct {
	b   []byte
	err error
}

var fingerprinters = sync.Pool{New: func() any { return new(fingerprinter) }}

// specified is a value whose exported fields do not hold all it shows:
// a chart, whose option is made from its spec.
type specified interface{ Spec() ([]byte, error) }

var specifiedType = reflect.TypeFor[specified]()

func (f *fingerprinter) tag(b byte)      { f.b = append(f.b, b) }
func (f *fingerprinter) uint(n uint64)   { f.b = binary.AppendUvarint(f.b, n) }
func (f *fingerprinter) int(n int64)     { f.b = binary.AppendVarint(f.b, n) }
func (f *fingerprinter) string(s string) { f.uint(uint64(len(s))); f.b = append(f.b, s...) }

func (f *fingerprinter) value(v reflect.Value) {
	if f.err != nil {
		return
	}
	if v.Kind() == reflect.Pointer && v.Type().Implements(specifiedType) && !v.IsNil() {
		spec, err := v.Interface().(specified).Spec()
		if err != nil {
			f.err = err
			return
		}
		f.tag('S')
		f.string(string(spec))
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			f.tag('T')
		} else {
			f.tag('F')
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.tag('i')
		f.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		f.tag('u')
		f.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		f.tag('f')
		f.uint(math.Float64bits(v.Float()))
	case reflect.String:
		f.tag('s')
		f.string(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			f.tag('0')
			return
		}
		f.tag('p')
		f.value(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			f.tag('0')
			return
		}
		f.tag('I')
		f.string(v.Elem().Type().String())
		f.value(v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			f.tag('0')
			return
		}
		f.tag('[')
		f.uint(uint64(v.Len()))
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			f.b = append(f.b, v.Bytes()...)
			return
		}
		for i := range v.Len() {
			f.value(v.Index(i))
		}
	case reflect.Map:
		f.tag('{')
		f.uint(uint64(v.Len()))
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys {
			f.value(k)
			f.value(v.MapIndex(k))
		}
	case reflect.Struct:
		f.tag('(')
		for _, i := range hashedFields(v.Type()) {
			f.value(v.Field(i))
		}
		f.tag(')')
	default:
		f.err = fmt.Errorf("fingerprint: cannot hash a %s", v.Type())
	}
}

// hashedFields are the indexes of a struct type's exported fields not
// tagged `json:"-"`, once per type.
func hashedFields(t reflect.Type) []int {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]int)
	}
	var out []int
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.IsExported() && sf.Tag.Get("json") != "-" {
			out = append(out, i)
		}
	}
	fs, _ := fieldCache.LoadOrStore(t, out)
	return fs.([]int)
}

var fieldCache sync.Map // reflect.Type → []int

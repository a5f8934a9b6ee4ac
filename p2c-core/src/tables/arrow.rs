//! The tables as Arrow record batches (feature `arrow`), exact: what DataFrame libraries and
//! the Parquet writer take.
//!
//! Column types map one to one: text → `utf8`, decimal → `decimal128(38, s)` with the
//! column's exact common scale `s` ([`fixed_point`]), date → `date32`, integer → `int64`,
//! bool → `bool`; every field is nullable and a `None` is a null. A table becomes batches of
//! at most [`BATCH_ROWS`] rows (one empty batch for an empty table, so that the schema is
//! always there).

use std::ops::Range;
use std::sync::Arc;

use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Decimal128Array, Int64Array, RecordBatch, StringArray,
};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use chrono::Datelike;

use super::{fixed_point, ColumnData, FixedPoint, Table};
use crate::{Error, Result};

/// Rows per record batch: keeps a batch's `utf8` offsets (32-bit) far from their limit and
/// lets consumers stream.
pub const BATCH_ROWS: usize = 65_536;

/// Days from 0001-01-01 (chrono's day 1 of the common era) to 1970-01-01, Arrow's day 0.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

fn internal(e: ArrowError) -> Error {
    Error::Internal(format!("arrow: {e}"))
}

fn date32(d: &chrono::NaiveDate) -> i32 {
    d.num_days_from_ce().saturating_sub(UNIX_EPOCH_DAYS_FROM_CE)
}

/// The Arrow type and (for decimals) the exact fixed-point values of one column.
enum Prepared<'a> {
    Plain(&'a ColumnData),
    Decimal(FixedPoint),
}

impl Prepared<'_> {
    fn data_type(&self) -> Result<DataType> {
        Ok(match self {
            Prepared::Decimal(f) => DataType::Decimal128(
                u8::try_from(FixedPoint::MAX_PRECISION)
                    .map_err(|e| Error::Internal(e.to_string()))?,
                i8::try_from(f.scale).map_err(|e| Error::Internal(e.to_string()))?,
            ),
            Prepared::Plain(ColumnData::Text(_)) => DataType::Utf8,
            Prepared::Plain(ColumnData::Date(_)) => DataType::Date32,
            Prepared::Plain(ColumnData::Integer(_)) => DataType::Int64,
            Prepared::Plain(ColumnData::Bool(_)) => DataType::Boolean,
            // Decimal columns are always prepared as `Prepared::Decimal`.
            Prepared::Plain(ColumnData::Decimal(_)) => {
                return Err(Error::Internal("unprepared decimal column".into()))
            }
        })
    }

    /// The rows `rows` as an Arrow array of `data_type`.
    fn slice(&self, rows: Range<usize>, data_type: &DataType) -> Result<ArrayRef> {
        let range = |len: usize| rows.start.min(len)..rows.end.min(len);
        Ok(match self {
            Prepared::Decimal(f) => {
                let v = f.values.get(range(f.values.len())).unwrap_or_default();
                let DataType::Decimal128(p, s) = data_type else {
                    return Err(Error::Internal(
                        "decimal column without a decimal type".into(),
                    ));
                };
                Arc::new(
                    Decimal128Array::from(v.to_vec())
                        .with_precision_and_scale(*p, *s)
                        .map_err(internal)?,
                )
            }
            Prepared::Plain(ColumnData::Text(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                let bytes: usize = v.iter().flatten().map(String::len).sum();
                if i32::try_from(bytes).is_err() {
                    return Err(Error::Overflow {
                        operation: format!("{bytes} bytes of text in one Arrow batch"),
                    });
                }
                Arc::new(StringArray::from_iter(v.iter().map(Option::as_deref)))
            }
            Prepared::Plain(ColumnData::Date(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(Date32Array::from_iter(
                    v.iter().map(|d| d.as_ref().map(date32)),
                ))
            }
            Prepared::Plain(ColumnData::Integer(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(Int64Array::from(v.to_vec()))
            }
            Prepared::Plain(ColumnData::Bool(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(BooleanArray::from(v.to_vec()))
            }
            Prepared::Plain(ColumnData::Decimal(_)) => {
                return Err(Error::Internal("unprepared decimal column".into()))
            }
        })
    }
}

/// The table as an Arrow schema and record batches (see the module docs).
///
/// Errors: `overflow` when a decimal column needs more than 38 digits at its common scale.
pub fn to_record_batches(table: &Table) -> Result<(SchemaRef, Vec<RecordBatch>)> {
    let prepared = table
        .columns
        .iter()
        .map(|c| match &c.data {
            ColumnData::Decimal(v) => fixed_point(v).map(Prepared::Decimal),
            other => Ok(Prepared::Plain(other)),
        })
        .collect::<Result<Vec<_>>>()?;
    let fields = table
        .columns
        .iter()
        .zip(&prepared)
        .map(|(c, p)| Ok(Field::new(c.name.clone(), p.data_type()?, true)))
        .collect::<Result<Vec<_>>>()?;
    let schema: SchemaRef = Arc::new(Schema::new(fields));
    let rows = table.len();
    let mut batches = Vec::new();
    let mut start: usize = 0;
    loop {
        let end = rows.min(start.saturating_add(BATCH_ROWS));
        let arrays = prepared
            .iter()
            .zip(schema.fields())
            .map(|(p, f)| p.slice(start..end, f.data_type()))
            .collect::<Result<Vec<_>>>()?;
        batches.push(RecordBatch::try_new(schema.clone(), arrays).map_err(internal)?);
        if end >= rows {
            break;
        }
        start = end;
    }
    Ok((schema, batches))
}
